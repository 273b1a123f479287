package org.origingraph.integrity.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * The committed log's tree in memory: for every level, the hashes of its complete, aligned subtrees
 * (level 0: the leaves), each level one flat array. Appending a leaf completes at most log₂ n subtrees;
 * the hash of any range RFC 6962 splits a tree into, so a root or a proof, is put together from
 * O(log n) stored subtrees. About 64 bytes per leaf.
 *
 * <p>Leaves are {@linkplain #put put} by index: a transaction's leaves arrive after its commit, and
 * commits may be reported out of order, so leaves beyond the end wait until the gap before them is
 * filled; a leaf already present is ignored, so the same committed leaf read at start-up and reported
 * by its commit counts once. Thread-safe (synchronized).
 */
public final class MerkleTree {

  private final List<Level> levels = new ArrayList<>();
  private final TreeMap<Long, byte[]> waiting = new TreeMap<>();
  private long size;

  /** Records the committed leaf {@code hash} at {@code index}. */
  public synchronized void put(long index, byte[] hash) {
    if (index < size) {
      return;
    }
    waiting.put(index, hash);
    while (!waiting.isEmpty() && waiting.firstKey() == size) {
      append(waiting.pollFirstEntry().getValue());
    }
  }

  /** Leaves in the tree, without gaps. */
  public synchronized long size() {
    return size;
  }

  /** The hash of leaf {@code index}. */
  public synchronized byte[] leaf(long index) {
    check(index < size, "index");
    return level(0).get(index);
  }

  /** The root of the tree's first {@code treeSize} leaves. */
  public synchronized byte[] root(long treeSize) {
    check(treeSize <= size, "treeSize");
    return treeSize == 0 ? Rfc6962.emptyRoot() : hash(0, treeSize);
  }

  /** RFC 6962 audit path of leaf {@code index} in the tree of {@code treeSize}, leaf side first. */
  public synchronized List<byte[]> inclusion(long index, long treeSize) {
    check(treeSize <= size && index < treeSize, "index");
    List<byte[]> path = new ArrayList<>();
    path(index, 0, treeSize, path);
    return path;
  }

  /** RFC 6962 consistency proof from the tree of {@code first} leaves to that of {@code second}. */
  public synchronized List<byte[]> consistency(long first, long second) {
    check(first <= second && second <= size, "second");
    List<byte[]> proof = new ArrayList<>();
    if (first > 0 && first < second) {
      subproof(first, 0, second, true, proof);
    }
    return proof;
  }

  private void path(long m, long lo, long hi, List<byte[]> out) {
    long n = hi - lo;
    if (n == 1) {
      return;
    }
    long k = Rfc6962.split(n);
    if (m - lo < k) {
      path(m, lo, lo + k, out);
      out.add(hash(lo + k, hi));
    } else {
      path(m, lo + k, hi, out);
      out.add(hash(lo, lo + k));
    }
  }

  private void subproof(long m, long lo, long hi, boolean whole, List<byte[]> out) {
    long n = hi - lo;
    if (m == n) {
      if (!whole) {
        out.add(hash(lo, hi));
      }
      return;
    }
    long k = Rfc6962.split(n);
    if (m <= k) {
      subproof(m, lo, lo + k, whole, out);
      out.add(hash(lo + k, hi));
    } else {
      subproof(m - k, lo + k, hi, false, out);
      out.add(hash(lo, lo + k));
    }
  }

  /** MTH of leaves [lo, hi): a stored subtree when the range is one, else RFC 6962's split. */
  private byte[] hash(long lo, long hi) {
    long n = hi - lo;
    if (Long.bitCount(n) == 1 && lo % n == 0) {
      return level(Long.numberOfTrailingZeros(n)).get(lo / n);
    }
    long k = Rfc6962.split(n);
    return Rfc6962.nodeHash(hash(lo, lo + k), hash(lo + k, hi));
  }

  private void append(byte[] leaf) {
    long i = size;
    byte[] current = leaf;
    level(0).add(current);
    int k = 0;
    while ((i & 1) == 1) {
      current = Rfc6962.nodeHash(level(k).get(i - 1), current);
      k++;
      i >>= 1;
      level(k).add(current);
    }
    size++;
  }

  private Level level(int k) {
    while (levels.size() <= k) {
      levels.add(new Level());
    }
    return levels.get(k);
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalArgumentException(what + " out of range");
    }
  }

  /** One level's hashes, back to back. */
  private static final class Level {
    private byte[] hashes = new byte[Rfc6962.HASH_SIZE * 64];
    private long count;

    void add(byte[] hash) {
      if ((count + 1) * Rfc6962.HASH_SIZE > hashes.length) {
        hashes = Arrays.copyOf(hashes, Math.toIntExact(Math.min((long) hashes.length * 2, Integer.MAX_VALUE - 8)));
      }
      System.arraycopy(hash, 0, hashes, Math.toIntExact(count * Rfc6962.HASH_SIZE), Rfc6962.HASH_SIZE);
      count++;
    }

    byte[] get(long index) {
      int from = Math.toIntExact(index * Rfc6962.HASH_SIZE);
      return Arrays.copyOfRange(hashes, from, from + Rfc6962.HASH_SIZE);
    }
  }
}
