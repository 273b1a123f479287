package org.origingraph.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.origingraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

class ProvenanceIntegrationTests extends IntegrationTest {

  private GraphQlTester.Response trace(String gtin, String lot, String direction, Integer maxDepth) {
    return graphQl.documentName("provenance")
        .variable("gtin", gtin).variable("lot", lot).variable("direction", direction).variable("maxDepth", maxDepth)
        .execute();
  }

  @Test
  void flagshipUpstreamSpansAtLeastFourTiersWithFacilitiesShipmentsAndCertificates() {
    var response = trace(FLAGSHIP_GTIN, FLAGSHIP_LOT, "UPSTREAM", null);
    response.errors().verify();
    assertThat(response.path("provenance.tiers").entity(Integer.class).get()).isGreaterThanOrEqualTo(4);
    assertThat(response.path("provenance.truncated").entity(Boolean.class).get()).isFalse();
    response.path("provenance.root.facility.region").entity(String.class).isEqualTo("Bến Tre");
    List<String> types = response.path("provenance.nodes[*].__typename").entityList(String.class).get();
    assertThat(types).contains("Batch", "Facility", "Shipment", "Organization", "Certificate", "Product");
    List<String> lots = response.path("provenance.nodes[?(@.__typename == 'Batch')].lot").entityList(String.class).get();
    // The merge: coconuts, sugar from cane, and packaging all reach the candy.
    assertThat(lots).contains(FLAGSHIP_LOT, "MCN-DK-2602-20", "TC-MIA-2512-07");
    List<String> kinds = response.path("provenance.edges[*].kind").entityList(String.class).get();
    assertThat(kinds).contains("MADE_FROM", "PRODUCED_AT", "CARRIES", "SHIPPED_FROM", "SHIPPED_TO", "OPERATES", "CERTIFIES");
    // Judged on the lot's production day (2026-03-02), not today: the coconut co-op's VietGAP
    // certificate (2023-07-01..2026-06-30) covered it, and so did every other certificate of the chain.
    List<String> statuses = response.path("provenance.nodes[?(@.__typename == 'Certificate')].status")
        .entityList(String.class).get();
    assertThat(statuses).isNotEmpty().containsOnly("VALID");
    assertThat(response.path("provenance.nodes[?(@.scheme == 'VietGAP' && @.validTo == '2026-06-30')].status")
        .entityList(String.class).get()).containsExactly("VALID");
  }

  @Test
  void everyEdgeJoinsTwoNodesOfTheAnswer() {
    var response = trace(FLAGSHIP_GTIN, FLAGSHIP_LOT, "BOTH", null);
    List<String> ids = response.path("provenance.nodes[*].id").entityList(String.class).get();
    List<Map<String, Object>> edges = response.path("provenance.edges").entityList(mapType()).get();
    assertThat(edges).isNotEmpty().allSatisfy(edge -> assertThat(ids).contains((String) edge.get("from"), (String) edge.get("to")));
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void downstreamFromACoconutHarvestReachesTheExportMarkets() {
    var response = trace("08938513000014", "MCN-DK-2602-20", "DOWNSTREAM", null);
    response.errors().verify();
    List<String> lots = response.path("provenance.nodes[?(@.__typename == 'Batch')].lot").entityList(String.class).get();
    assertThat(lots).contains(FLAGSHIP_LOT);
    List<String> destinations = response.path(
        "provenance.nodes[?(@.__typename == 'Shipment' && @.crossBorder == true)].destination.country")
        .entityList(String.class).get();
    assertThat(destinations).contains("JP", "FR", "US", "CN", "KR", "SA");
  }

  @Test
  void shipmentsCarryTheirTimesAndTransitHours() {
    var response = trace(FLAGSHIP_GTIN, FLAGSHIP_LOT, "UPSTREAM", null);
    List<Map<String, Object>> exports = response
        .path("provenance.nodes[?(@.__typename == 'Shipment' && @.destination.country == 'JP')]")
        .entityList(mapType()).get();
    assertThat(exports).isNotEmpty().allSatisfy(shipment -> {
      assertThat(shipment.get("departedAt")).isNotNull();
      assertThat(((Number) shipment.get("transitHours")).doubleValue()).isGreaterThan(24);
      assertThat(shipment.get("transportMode")).isIn("SEA", "AIR");
    });
  }

  @Test
  void maxDepthStopsTheWalkAndSaysSo() {
    var response = trace(FLAGSHIP_GTIN, FLAGSHIP_LOT, "UPSTREAM", 1);
    response.path("provenance.tiers").entity(Integer.class).isEqualTo(2);
    response.path("provenance.truncated").entity(Boolean.class).isEqualTo(true);
    response.path("provenance.maxDepth").entity(Integer.class).isEqualTo(1);
  }

  @Test
  void rawMaterialHasOneTier() {
    var response = trace("08938516000011", "TC-MIA-2512-07", "UPSTREAM", null);
    response.path("provenance.tiers").entity(Integer.class).isEqualTo(1);
    response.path("provenance.truncated").entity(Boolean.class).isEqualTo(false);
  }

  @Test
  void unknownBatchIsNull() {
    trace(FLAGSHIP_GTIN, "NO-SUCH-LOT", "UPSTREAM", null).errors().verify().path("provenance").valueIsNull();
  }

  @Test
  void maxDepthOutsideOneToFiftyIsBadUserInput() {
    for (int depth : new int[] {0, 51, -3}) {
      trace(FLAGSHIP_GTIN, FLAGSHIP_LOT, "UPSTREAM", depth).errors().expect(error ->
          "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
              && "maxDepth".equals(error.getExtensions().get("argument"))
              && error.getMessage().contains("between 1 and 50")).verify();
    }
  }

  @Test
  void gtinWithWrongCheckDigitIsBadUserInputSayingTheExpectedDigit() {
    trace("08938512000016", FLAGSHIP_LOT, "UPSTREAM", null).errors().expect(error ->
        "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
            && "gtin".equals(error.getExtensions().get("argument"))
            && error.getMessage().contains("should be 5")).verify();
  }

  @Test
  void malformedLotIsBadUserInput() {
    trace(FLAGSHIP_GTIN, "lot with spaces", "UPSTREAM", null).errors().expect(error ->
        "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
            && "lot".equals(error.getExtensions().get("argument"))).verify();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Class<Map<String, Object>> mapType() {
    return (Class) Map.class;
  }
}
