package org.origingraph.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.origingraph.benchmark.SupplyNetwork.Batch;
import org.origingraph.benchmark.SupplyNetwork.Input;
import org.origingraph.benchmark.SupplyNetwork.Shipment;
import org.origingraph.gs1.Gln;
import org.origingraph.gs1.Gtin;
import org.origingraph.gs1.Lot;
import org.origingraph.gs1.Sscc;

/**
 * The benchmark's graphs are what the benchmark says they are: reproducible from the seed, with the
 * tiers, fan-in and sharing of the preset, valid GS1 keys, and shipments between every tier.
 */
class SupplyGraphGeneratorTests {

  private static SupplyGraphGenerator preset(String name, long seed) {
    return new SupplyGraphGenerator(SupplyGraphSpec.preset(name, seed));
  }

  @Test
  void theSameSeedGeneratesTheSameGraphAndAnotherSeedAnotherOne() {
    assertThat(preset("small", 42).network(3)).isEqualTo(preset("small", 42).network(3));
    assertThat(preset("small", 43).network(3)).isNotEqualTo(preset("small", 42).network(3));
    assertThat(preset("deep", 7).network(0)).isEqualTo(preset("deep", 7).network(0));
  }

  @Test
  void smallAndLargeShareTheRootsPathShapeAndDifferInSize() {
    var small = preset("small", 42);
    var large = preset("large", 42);
    assertThat(large.network(0)).isEqualTo(small.network(0));
    assertThat(large.network(1)).isEqualTo(small.network(1));
    assertThat(large.reach(0, 0)).isEqualTo(small.reach(0, 0));

    assertThat(nodes(small, 13)).isBetween(9_000L, 11_000L);
    double perNetwork = nodes(large, 20) / 20.0;
    assertThat(perNetwork * large.spec().networks()).isBetween(900_000.0, 1_100_000.0);
  }

  @Test
  void theDeepPresetIsA32TierTriangleWithFanInTwoAndSharedInputs() {
    var deep = preset("deep", 42);
    SupplyNetwork network = deep.network(0);
    var root = deep.reach(0, 0);
    assertThat(root.tiers()).isEqualTo(32);
    assertThat(root.batches()).isEqualTo(528).isEqualTo(network.batches().size());
    assertFanInAndSharing(network, 2, 3);
    // the sweep's roots: the first batch of tier t reaches a triangle of 32 - t tiers
    for (int depth = 1; depth <= 32; depth++) {
      var reach = deep.reach(32 - depth, 0);
      assertThat(reach.tiers()).isEqualTo(depth);
      assertThat(reach.batches()).isEqualTo(depth * (depth + 1) / 2);
    }
  }

  @Test
  void theFoodChainHasEightTiersAndTwoOrThreeInputsPerBatch() {
    var small = preset("small", 42);
    var root = small.reach(0, 0);
    assertThat(root.tiers()).isEqualTo(8);
    assertThat(root.batches()).isGreaterThanOrEqualTo(382); // the network and the raw materials it shares
    assertFanInAndSharing(small.network(0), 2, 3);
    assertThat(small.network(0).crossInputs()).isNotEmpty();
    assertThat(small.network(small.spec().networks() - 1).crossInputs()).isEmpty();
  }

  @Test
  void everyIdentifierCarriesAValidCheckDigit() {
    for (SupplyNetwork network : List.of(preset("small", 42).network(0), preset("large", 42).network(1_299))) {
      assertThatCode(() -> {
        network.organizations().forEach(o -> Gln.parse(o.gln()));
        network.facilities().forEach(f -> Gln.parse(f.gln()));
        network.facilities().forEach(f -> Gln.parse(f.operatorGln()));
        network.products().forEach(p -> Gtin.parse(p.gtin()));
        network.batches().forEach(b -> {
          Gtin.parse(b.gtin());
          Lot.parse(b.lot());
        });
        network.shipments().forEach(s -> Sscc.parse(s.sscc()));
      }).doesNotThrowAnyException();
    }
  }

  @Test
  void everyInputIsShippedToItsConsumerBeforeItIsUsed() {
    var generator = preset("small", 42);
    SupplyNetwork network = generator.network(0);
    SupplyNetwork next = generator.network(1);
    Map<String, Batch> batches = new HashMap<>();
    network.batches().forEach(b -> batches.put(b.lot(), b));
    next.batches().forEach(b -> batches.put(b.lot(), b));
    List<Shipment> shipments = new ArrayList<>(network.shipments());
    shipments.addAll(network.crossShipments());
    for (Input input : concat(network.inputs(), network.crossInputs())) {
      Batch consumer = batches.get(input.lot());
      Batch used = batches.get(input.inputLot());
      assertThat(used.tier()).isEqualTo(consumer.tier() + 1);
      assertThat(used.producedAt()).isBefore(consumer.producedAt());
      Shipment shipment = shipments.stream()
          .filter(s -> s.fromGln().equals(used.facilityGln()) && s.toGln().equals(consumer.facilityGln()))
          .filter(s -> s.items().stream().anyMatch(item -> item.lot().equals(used.lot())))
          .findFirst().orElse(null);
      assertThat(shipment).as("a shipment of %s to %s", used.lot(), consumer.facilityGln()).isNotNull();
      assertThat(shipment.departedAt()).isAfter(used.producedAt());
      assertThat(shipment.arrivedAt()).isAfter(shipment.departedAt()).isBefore(consumer.producedAt());
    }
    // and the finished batches leave for an export market
    assertThat(network.shipments().getLast().items()).extracting(SupplyNetwork.Item::lot)
        .containsExactly(SupplyGraphGenerator.lot(0, 0, 0));
  }

  private static void assertFanInAndSharing(SupplyNetwork network, int minFanIn, int maxFanIn) {
    Map<String, Long> fanIn = network.inputs().stream().collect(Collectors.groupingBy(Input::lot, Collectors.counting()));
    Map<String, Long> consumers = network.inputs().stream()
        .collect(Collectors.groupingBy(Input::inputLot, Collectors.counting()));
    int rawTier = network.batches().stream().mapToInt(Batch::tier).max().orElseThrow();
    for (Batch b : network.batches()) {
      if (b.tier() < rawTier) {
        assertThat(fanIn.get(b.lot())).as("inputs of %s", b.lot()).isBetween((long) minFanIn, (long) maxFanIn);
      } else {
        assertThat(fanIn).doesNotContainKey(b.lot());
      }
      if (b.tier() > 0) {
        assertThat(consumers).as("%s is used", b.lot()).containsKey(b.lot());
      }
    }
    assertThat(consumers.values()).as("inputs shared by neighbouring chains").anyMatch(c -> c >= 2);
  }

  private static long nodes(SupplyGraphGenerator generator, int networks) {
    return IntStream.range(0, networks).mapToLong(n -> generator.network(n).nodeCount()).sum();
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
