package org.origingraph.provenance.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The longest chain of batches linked by MADE_FROM: the "tiers" of a supply chain.
 *
 * <p>Depth-first with memoisation, linear in the edges. A back edge (a cycle, which only bad data can
 * contain) is ignored instead of followed, so the count stays finite and the walk terminates.
 */
final class Tiers {

  private Tiers() {}

  /**
   * @param inputsOf for each batch, the batches it was made from
   * @return the number of batches on the longest chain; 1 when there are no MADE_FROM edges
   */
  static <K> int longestChain(Map<K, List<K>> inputsOf) {
    Map<K, Integer> memo = new HashMap<>();
    Set<K> onPath = new HashSet<>();
    int longest = 1;
    for (K start : inputsOf.keySet()) {
      longest = Math.max(longest, depth(start, inputsOf, memo, onPath));
    }
    return longest;
  }

  private static <K> int depth(K batch, Map<K, List<K>> inputsOf, Map<K, Integer> memo, Set<K> onPath) {
    Integer known = memo.get(batch);
    if (known != null) {
      return known;
    }
    onPath.add(batch);
    int best = 1;
    for (K input : inputsOf.getOrDefault(batch, List.of())) {
      if (!onPath.contains(input)) {
        best = Math.max(best, 1 + depth(input, inputsOf, memo, onPath));
      }
    }
    onPath.remove(batch);
    memo.put(batch, best);
    return best;
  }
}
