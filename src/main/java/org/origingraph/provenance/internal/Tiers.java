package org.origingraph.provenance.internal;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The longest chain of batches linked by MADE_FROM: the "tiers" of a supply chain.
 *
 * <p>Depth-first with memoisation, linear in the edges, and iterative, so a long chain cannot
 * overflow the stack. A back edge (a cycle, which only bad data can contain) is ignored instead of
 * followed, so the count stays finite and the walk terminates.
 */
final class Tiers {

  private static final int ON_PATH = -1;

  private Tiers() {}

  /**
   * @param inputsOf for each batch, the batches it was made from
   * @return the number of batches on the longest chain; 1 when there are no MADE_FROM edges
   */
  static <K> int longestChain(Map<K, List<K>> inputsOf) {
    return longestChain(inputsOf, List.of());
  }

  /**
   * The same, starting the search from {@code first} (the root, then the walk's order). In a graph
   * without cycles the order does not matter; with a cycle it decides which edge counts as the back
   * edge, so starting at the root counts the chain the way the walk reached it.
   */
  static <K> int longestChain(Map<K, List<K>> inputsOf, Iterable<K> first) {
    Map<K, Integer> depth = new HashMap<>();
    int longest = 1;
    for (K start : first) {
      longest = Math.max(longest, depth(start, inputsOf, depth));
    }
    for (K start : inputsOf.keySet()) {
      longest = Math.max(longest, depth(start, inputsOf, depth));
    }
    return longest;
  }

  /** A frame of the explicit stack: a batch and the index of the next input to look at. */
  private static final class Frame<K> {
    final K batch;
    final List<K> inputs;
    int next;
    int best = 1;

    Frame(K batch, List<K> inputs) {
      this.batch = batch;
      this.inputs = inputs;
    }
  }

  private static <K> int depth(K start, Map<K, List<K>> inputsOf, Map<K, Integer> depth) {
    Integer known = depth.get(start);
    if (known != null) {
      return Math.max(known, 1);
    }
    ArrayDeque<Frame<K>> stack = new ArrayDeque<>();
    stack.push(new Frame<>(start, inputsOf.getOrDefault(start, List.of())));
    depth.put(start, ON_PATH);
    int result = 1;
    while (!stack.isEmpty()) {
      Frame<K> frame = stack.peek();
      if (frame.next < frame.inputs.size()) {
        K input = frame.inputs.get(frame.next++);
        Integer d = depth.get(input);
        if (d == null) {
          depth.put(input, ON_PATH);
          stack.push(new Frame<>(input, inputsOf.getOrDefault(input, List.of())));
        } else if (d != ON_PATH) {
          frame.best = Math.max(frame.best, 1 + d);
        }
        continue;
      }
      stack.pop();
      depth.put(frame.batch, frame.best);
      result = frame.best;
      Frame<K> parent = stack.peek();
      if (parent != null) {
        parent.best = Math.max(parent.best, 1 + frame.best);
      }
    }
    return result;
  }
}
