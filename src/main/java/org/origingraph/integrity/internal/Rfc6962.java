package org.origingraph.integrity.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RFC 6962 / RFC 9162 Merkle tree hashing and proof verification: leaf {@code SHA-256(0x00 ‖ data)},
 * node {@code SHA-256(0x01 ‖ left ‖ right)}, the empty tree {@code SHA-256()}. The verifiers follow
 * RFC 9162 sections 2.1.3.2 and 2.1.4.2 step by step and reject anything malformed (wrong hash length,
 * proof too long or too short, sizes out of order) by answering {@code false}, never by throwing.
 * Uses only the JDK, so the offline verifier can run it from {@code target/classes}. Thread-safe.
 */
public final class Rfc6962 {

  public static final int HASH_SIZE = 32;

  private Rfc6962() {}

  /** The hash of a leaf holding {@code data}. */
  public static byte[] leafHash(byte[] data) {
    MessageDigest sha = sha256();
    sha.update((byte) 0x00);
    return sha.digest(data);
  }

  /** The hash of an inner node. */
  public static byte[] nodeHash(byte[] left, byte[] right) {
    MessageDigest sha = sha256();
    sha.update((byte) 0x01);
    sha.update(left);
    return sha.digest(right);
  }

  /** The root of the empty tree. */
  public static byte[] emptyRoot() {
    return sha256().digest();
  }

  /** Whether {@code proof} shows the leaf {@code leafHash} at {@code index} in the tree of {@code size} with {@code root}. */
  public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
    if (index < 0 || index >= size || !sized(leafHash) || !sized(root) || !proof.stream().allMatch(Rfc6962::sized)) {
      return false;
    }
    long fn = index;
    long sn = size - 1;
    byte[] r = leafHash;
    for (byte[] p : proof) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = nodeHash(p, r);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        r = nodeHash(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && Arrays.equals(r, root);
  }

  /**
   * Whether {@code proof} shows that the tree of {@code second} leaves with {@code secondRoot} extends the
   * one of {@code first} leaves with {@code firstRoot}; {@code first} must be at least 1.
   */
  public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
    // an empty first tree proves nothing (transparency-dev's vectors reject it, even against itself)
    if (first <= 0 || second < first) {
      return false;
    }
    if (first == second) {
      return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
    }
    if (proof.isEmpty() || !sized(firstRoot) || !sized(secondRoot) || !proof.stream().allMatch(Rfc6962::sized)) {
      return false;
    }
    List<byte[]> path = new ArrayList<>(proof);
    if (Long.bitCount(first) == 1) {
      path.addFirst(firstRoot);
    }
    long fn = first - 1;
    long sn = second - 1;
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    byte[] fr = path.getFirst();
    byte[] sr = path.getFirst();
    for (byte[] c : path.subList(1, path.size())) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = nodeHash(c, fr);
        sr = nodeHash(c, sr);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        sr = nodeHash(sr, c);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
  }

  /** The largest power of two smaller than {@code n} (n ≥ 2), RFC 6962's k. */
  static long split(long n) {
    return Long.highestOneBit(n - 1);
  }

  private static boolean sized(byte[] hash) {
    return hash.length == HASH_SIZE;
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
