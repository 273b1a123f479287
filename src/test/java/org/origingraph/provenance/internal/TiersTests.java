package org.origingraph.provenance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TiersTests {

  @Test
  void countsTheLongestChainThroughAMerge() {
    // candy <- (cream <- coconut), (sugar <- raw sugar <- cane)
    Map<String, List<String>> inputs = Map.of(
        "candy", List.of("cream", "sugar"),
        "cream", List.of("coconut"),
        "sugar", List.of("raw"),
        "raw", List.of("cane"));
    assertThat(Tiers.longestChain(inputs)).isEqualTo(4);
  }

  @Test
  void noEdgesIsOneTier() {
    assertThat(Tiers.longestChain(Map.<String, List<String>>of())).isEqualTo(1);
  }

  @Test
  void cyclesEndInsteadOfLooping() {
    Map<String, List<String>> inputs = Map.of("a", List.of("b"), "b", List.of("c"), "c", List.of("a"));
    assertThat(Tiers.longestChain(inputs)).isEqualTo(3);
  }
}
