package org.origingraph.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.origingraph.IntegrationTest;
import org.origingraph.provenance.internal.WalkCache;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Assembled walks are cached until a write touches them: a read after a write that touches a batch
 * of the walk sees the write, a write elsewhere leaves the cached answer, and a cached answer is the
 * answer the walk computes.
 */
class WalkCacheIntegrationTests extends IntegrationTest {

  private static final String FARM = "8938513000106";
  private static final String COCONUTS = "08938513000014";

  private static final String DOWNSTREAM_LOTS = """
      query walk($gtin: String!, $lot: String!) {
        provenance(gtin: $gtin, lot: $lot, direction: DOWNSTREAM) { tiers nodes { ... on Batch { lot } } }
      }""";

  @Autowired
  private WalkCache cache;

  @Test
  void aReadAfterAWriteTouchingTheWalkSeesTheWrite() {
    record("WC-A1", List.of());
    record("WC-A2", List.of("WC-A1"));
    assertThat(downstreamLots("WC-A1")).containsExactlyInAnyOrder("WC-A1", "WC-A2");
    var cached = statements.count(() -> downstreamLots("WC-A1"));
    assertThat(cached.statements()).as("the second read is served from the cache").isZero();

    record("WC-A3", List.of("WC-A2")); // names WC-A2, which the cached walk holds

    var after = statements.count(() -> downstreamLots("WC-A1"));
    assertThat(after.result()).containsExactlyInAnyOrder("WC-A1", "WC-A2", "WC-A3");
    assertThat(after.statements()).isEqualTo(1);
  }

  @Test
  void aWalkOfABatchNotYetRecordedIsDroppedWhenItIsRecorded() {
    graphQl.document(DOWNSTREAM_LOTS).variable("gtin", COCONUTS).variable("lot", "WC-C1").execute()
        .path("provenance").valueIsNull();
    record("WC-C1", List.of());
    assertThat(downstreamLots("WC-C1")).containsExactly("WC-C1");
  }

  @Test
  void aWriteElsewhereLeavesTheCachedWalk() {
    record("WC-B1", List.of());
    record("WC-B2", List.of("WC-B1"));
    List<String> before = downstreamLots("WC-B1");

    record("WC-ELSEWHERE", List.of());

    var again = statements.count(() -> downstreamLots("WC-B1"));
    assertThat(again.result()).isEqualTo(before);
    assertThat(again.statements()).isZero();
  }

  @Test
  void aCachedAnswerIsTheComputedAnswerForEveryCaller() {
    cache.clear();
    var computed = flagship(graphQl);
    var cached = flagship(graphQl);
    assertThat(cached).isEqualTo(computed);
    // Visibility is applied after assembly: a cached walk shows each caller what that caller may see.
    cache.clear();
    var regulatorComputed = flagship(graphQlWithKey(READER_KEY));
    var anonymousFromTheRegulatorsWalk = flagship(graphQl);
    var regulatorCached = flagship(graphQlWithKey(READER_KEY));
    assertThat(anonymousFromTheRegulatorsWalk).isEqualTo(computed);
    assertThat(regulatorCached).isEqualTo(regulatorComputed).isNotEqualTo(computed);
  }

  /** The whole answer, data and extensions (withheld paths), of the full flagship selection. */
  private Map<String, Object> flagship(GraphQlTester client) {
    var response = client.documentName("provenance")
        .variable("gtin", FLAGSHIP_GTIN).variable("lot", FLAGSHIP_LOT).execute();
    response.errors().verify();
    return response.returnResponse().toMap();
  }

  private List<String> downstreamLots(String lot) {
    var response = graphQl.document(DOWNSTREAM_LOTS).variable("gtin", COCONUTS).variable("lot", lot).execute();
    response.errors().verify();
    return response.path("provenance.nodes[*].lot").entityList(String.class).get();
  }

  private void record(String lot, List<String> inputs) {
    graphQlWithKey(ADMIN_KEY).documentName("recordBatch").variable("input", Map.of(
            "gtin", COCONUTS, "lot", lot, "facilityGln", FARM, "producedAt", "2026-05-01T06:00:00+07:00",
            "quantity", Map.of("value", 1200.0, "unit", "KGM"),
            "inputs", inputs.stream().map(i -> Map.of("gtin", COCONUTS, "lot", i,
                "quantity", Map.of("value", 100.0, "unit", "KGM"))).toList()))
        .execute().errors().verify();
  }
}
