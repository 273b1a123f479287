package org.origingraph.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * What {@link SupplyGraphGenerator} builds: {@code networks} supply networks of the same shape, each
 * a DAG of batches in tiers (tier 0 is the finished product, the last tier raw materials).
 *
 * <p>{@code widths.get(t)} is the number of batches in tier {@code t}; widths never shrink towards
 * the raw materials. Each batch of tier {@code t} is made from its own contiguous share of tier
 * {@code t + 1} plus, with probability {@code shareProbability} (always when its own share is a single
 * batch), the first input of its neighbour: neighbouring chains share inputs, so the graph is a DAG
 * with diamonds, not a tree, and every batch has at least two inputs. With probability
 * {@code crossNetworkShare} a batch of the tier above the raw materials also takes a raw material of
 * the next network (a shared supplier), so networks are not islands.
 *
 * <p>The benchmark's root is network 0's tier-0 batch 0. Network 0 and 1 are generated identically
 * whatever {@code networks} is, so presets that differ only in {@code networks} query the same path
 * shape on graphs of different size.
 */
record SupplyGraphSpec(
    String name, long seed, int networks, List<Integer> widths, double shareProbability, double crossNetworkShare) {

  SupplyGraphSpec {
    if (networks < 1 || widths.isEmpty() || widths.getFirst() < 1) {
      throw new IllegalArgumentException("at least one network with at least one batch in tier 0");
    }
    for (int t = 1; t < widths.size(); t++) {
      if (widths.get(t) < widths.get(t - 1)) {
        throw new IllegalArgumentException("tier widths must not shrink towards the raw materials: " + widths);
      }
    }
    if (widths.size() > 99) {
      throw new IllegalArgumentException("at most 99 tiers");
    }
    widths = List.copyOf(widths);
  }

  /** Number of tiers, the root's included (the provenance answer's {@code tiers}). */
  int tiers() {
    return widths.size();
  }

  /** The standard food chain: 8 tiers, 1 finished batch made from 382 in all, each from 2 or 3 inputs. */
  static final List<Integer> FOOD_CHAIN = List.of(1, 3, 6, 12, 24, 48, 96, 192);

  /** A Pascal triangle of {@code tiers} tiers: tier t holds t + 1 batches, batch i made from i and i + 1. */
  static List<Integer> triangle(int tiers) {
    return IntStream.rangeClosed(1, tiers).boxed().toList();
  }

  /**
   * The presets. {@code small} (~10k nodes) and {@code large} (~1M nodes) hold the same root network;
   * {@code deep} is one 32-tier triangle, 528 batches, 2^31 distinct paths from its root: the shape on
   * which a path-enumerating walk never ends, and whose tier-k batches are the roots of the depth sweep.
   */
  static SupplyGraphSpec preset(String name, long seed) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "small" -> new SupplyGraphSpec("small", seed, 13, FOOD_CHAIN, 0.5, 0.1);
      case "large" -> new SupplyGraphSpec("large", seed, 1_300, FOOD_CHAIN, 0.5, 0.1);
      case "deep" -> new SupplyGraphSpec("deep", seed, 1, triangle(32), 0.5, 0.0);
      case "tiny" -> new SupplyGraphSpec("tiny", seed, 2, List.of(1, 2, 4, 8), 0.5, 0.25);
      default -> throw new IllegalArgumentException("unknown preset '" + name + "': small, large, deep or tiny");
    };
  }
}
