package org.origingraph.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.origingraph.IntegrationTest;
import org.origingraph.provenance.internal.WalkCache;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The walk on synthetic supply graphs of the shapes that break path enumeration: a deep DAG whose
 * neighbouring chains share inputs (2^31 paths, 528 batches), a diamond, a cycle, a long chain cut by
 * {@code maxDepth}, and a batch with more inputs than the node budget. The graphs are written directly
 * and use a GTIN of their own that has no product, so the demo data other tests read is untouched.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProvenanceWalkIntegrationTests extends IntegrationTest {

  private static final String GTIN = "08999990000010";
  private static final int TIERS = 32;
  private static final int STAR_INPUTS = 20_000;

  /** Summaries are cut from a cached full answer when there is one; cleared to count the counting statement. */
  @Autowired
  private WalkCache walkCache;

  @Autowired
  private Neo4jClient neo4j;

  @Autowired
  private ProvenanceTracer tracer;

  private HttpGraphQlTester bigAnswers;

  @BeforeAll
  void writeGraphs() {
    // Triangle: tier t has t batches; batch (t, j) is made from (t+1, j) and (t+1, j+1), so
    // neighbouring batches share an input and the apex has 2^31 paths to the bottom tier.
    neo4j.query("UNWIND range(1, $tiers) AS t UNWIND range(1, t) AS j MERGE (:Batch {gtin: $gtin, lot: 'TRI-' + t + '-' + j})")
        .bindAll(Map.of("gtin", GTIN, "tiers", TIERS)).run();
    neo4j.query("""
        UNWIND range(1, $tiers - 1) AS t UNWIND range(1, t) AS j
        MATCH (b:Batch {gtin: $gtin, lot: 'TRI-' + t + '-' + j})
        MATCH (left:Batch {gtin: $gtin, lot: 'TRI-' + (t + 1) + '-' + j})
        MATCH (right:Batch {gtin: $gtin, lot: 'TRI-' + (t + 1) + '-' + (j + 1)})
        MERGE (b)-[:MADE_FROM {quantity: 1.0, uom: 'KGM'}]->(left)
        MERGE (b)-[:MADE_FROM {quantity: 2.0, uom: 'KGM'}]->(right)""")
        .bindAll(Map.of("gtin", GTIN, "tiers", TIERS)).run();
    neo4j.query("""
        MERGE (a:Batch {gtin: $gtin, lot: 'DIA-A'}) MERGE (b:Batch {gtin: $gtin, lot: 'DIA-B'})
        MERGE (c:Batch {gtin: $gtin, lot: 'DIA-C'}) MERGE (d:Batch {gtin: $gtin, lot: 'DIA-D'})
        MERGE (a)-[:MADE_FROM]->(b) MERGE (a)-[:MADE_FROM]->(c) MERGE (b)-[:MADE_FROM]->(d) MERGE (c)-[:MADE_FROM]->(d)
        MERGE (x:Batch {gtin: $gtin, lot: 'CYC-X'}) MERGE (y:Batch {gtin: $gtin, lot: 'CYC-Y'})
        MERGE (z:Batch {gtin: $gtin, lot: 'CYC-Z'}) MERGE (w:Batch {gtin: $gtin, lot: 'CYC-W'})
        MERGE (x)-[:MADE_FROM]->(y) MERGE (y)-[:MADE_FROM]->(z) MERGE (z)-[:MADE_FROM]->(x) MERGE (z)-[:MADE_FROM]->(w)""")
        .bindAll(Map.of("gtin", GTIN)).run();
    neo4j.query("""
        UNWIND range(1, 10) AS i MERGE (:Batch {gtin: $gtin, lot: 'CHN-' + i})
        WITH collect(i) AS is UNWIND range(1, 9) AS i
        MATCH (b:Batch {gtin: $gtin, lot: 'CHN-' + i}), (input:Batch {gtin: $gtin, lot: 'CHN-' + (i + 1)})
        MERGE (b)-[:MADE_FROM]->(input)""")
        .bindAll(Map.of("gtin", GTIN)).run();
    neo4j.query("""
        MERGE (root:Batch {gtin: $gtin, lot: 'STAR-0'})
        WITH root UNWIND range(1, $inputs) AS i
        CREATE (root)-[:MADE_FROM]->(:Batch {gtin: $gtin, lot: 'STAR-' + i})""")
        .bindAll(Map.of("gtin", GTIN, "inputs", STAR_INPUTS)).run();
    // An answer of 20,000 nodes is larger than the client's default 256 KB buffer.
    bigAnswers = HttpGraphQlTester.create(WebTestClient.bindToServer().baseUrl(url("/graphql"))
        .responseTimeout(Duration.ofSeconds(60))
        .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024)).build());
  }

  @BeforeEach
  void allowForPlanning() {
    // Each direction and depth has its own statement text; on a busy machine planning one the first
    // time can take longer than the client's default 5 s.
    graphQl = HttpGraphQlTester.create(
        WebTestClient.bindToServer().baseUrl(url("/graphql")).responseTimeout(Duration.ofSeconds(60)).build());
  }

  @Test
  void aDeepDagWithSharedInputsVisitsEachBatchOnce() {
    var counted = statements.count(() -> walk("TRI-1-1", "UPSTREAM", null));
    var response = counted.result();
    response.errors().verify();
    response.path("provenance.tiers").entity(Integer.class).isEqualTo(TIERS);
    response.path("provenance.truncated").entity(Boolean.class).isEqualTo(false);
    response.path("provenance.truncatedBy").entityList(String.class).hasSize(0);
    List<String> lots = lots(response);
    assertThat(lots).hasSize(TIERS * (TIERS + 1) / 2).doesNotHaveDuplicates().contains("TRI-32-1", "TRI-32-32");
    assertThat(madeFrom(response)).hasSize(TIERS * (TIERS - 1));
    response.path("provenance.summary.batches").entity(Integer.class).isEqualTo(TIERS * (TIERS + 1) / 2);
    response.path("provenance.summary.tiers").entity(Integer.class).isEqualTo(TIERS);
    assertThat(counted.statements()).isEqualTo(1);
  }

  @Test
  void downstreamAndBothWalkTheSameDagFromTheMiddle() {
    var down = walk("TRI-32-16", "DOWNSTREAM", null);
    down.errors().verify();
    assertThat(Set.copyOf(lots(down))).isEqualTo(reachingBottom(32, 16));
    down.path("provenance.tiers").entity(Integer.class).isEqualTo(TIERS);

    var both = walk("TRI-16-8", "BOTH", null);
    both.errors().verify();
    Set<String> expected = new HashSet<>(reachingBottom(16, 8));
    for (int t = 16; t <= TIERS; t++) {
      for (int j = 8; j <= 8 + (t - 16); j++) {
        expected.add("TRI-" + t + "-" + j);
      }
    }
    assertThat(Set.copyOf(lots(both))).isEqualTo(expected);
    both.path("provenance.tiers").entity(Integer.class).isEqualTo(TIERS);
    both.path("provenance.truncated").entity(Boolean.class).isEqualTo(false);
  }

  @Test
  void maxDepthBoundsTheSearchAndSaysWhatLayBeyond() {
    var five = walk("TRI-1-1", "UPSTREAM", 5);
    assertThat(lots(five)).hasSize(21).contains("TRI-6-6").doesNotContain("TRI-7-1");
    five.path("provenance.tiers").entity(Integer.class).isEqualTo(6);
    five.path("provenance.truncatedBy").entityList(String.class).containsExactly("MAX_DEPTH");

    // The chain's last batch is 9 steps away: 9 reaches everything, 8 does not.
    var nine = walk("CHN-1", "UPSTREAM", 9);
    assertThat(lots(nine)).hasSize(10);
    nine.path("provenance.truncated").entity(Boolean.class).isEqualTo(false);
    var eight = walk("CHN-1", "UPSTREAM", 8);
    assertThat(lots(eight)).hasSize(9).doesNotContain("CHN-10");
    eight.path("provenance.truncated").entity(Boolean.class).isEqualTo(true);
    eight.path("provenance.truncatedBy").entityList(String.class).containsExactly("MAX_DEPTH");
    var downFromTheEnd = walk("CHN-10", "DOWNSTREAM", 3);
    assertThat(lots(downFromTheEnd)).containsExactlyInAnyOrder("CHN-10", "CHN-9", "CHN-8", "CHN-7");
    downFromTheEnd.path("provenance.truncatedBy").entityList(String.class).containsExactly("MAX_DEPTH");
  }

  @Test
  void aDiamondHoldsItsSharedInputOnce() {
    var up = walk("DIA-A", "UPSTREAM", null);
    assertThat(lots(up)).containsExactlyInAnyOrder("DIA-A", "DIA-B", "DIA-C", "DIA-D");
    assertThat(madeFrom(up)).hasSize(4);
    up.path("provenance.tiers").entity(Integer.class).isEqualTo(3);
    var down = walk("DIA-D", "DOWNSTREAM", null);
    assertThat(lots(down)).containsExactlyInAnyOrder("DIA-A", "DIA-B", "DIA-C", "DIA-D");
    down.path("provenance.tiers").entity(Integer.class).isEqualTo(3);
    // BOTH is the union of the two walks, not an undirected walk: C is a sibling, not on either.
    var both = walk("DIA-B", "BOTH", null);
    assertThat(lots(both)).containsExactlyInAnyOrder("DIA-A", "DIA-B", "DIA-D");
    both.path("provenance.tiers").entity(Integer.class).isEqualTo(3);
  }

  @Test
  void aCycleIsWalkedOnceAndNotReportedAsTruncated() {
    for (String direction : List.of("UPSTREAM", "DOWNSTREAM", "BOTH")) {
      var response = walk("CYC-X", direction, null);
      response.errors().verify();
      assertThat(lots(response)).doesNotHaveDuplicates().contains("CYC-X", "CYC-Y", "CYC-Z");
      response.path("provenance.truncated").entity(Boolean.class).isEqualTo(false);
    }
    var up = walk("CYC-X", "UPSTREAM", null);
    assertThat(lots(up)).containsExactlyInAnyOrder("CYC-X", "CYC-Y", "CYC-Z", "CYC-W");
    up.path("provenance.tiers").entity(Integer.class).isEqualTo(4);
  }

  @Test
  void theNodeBudgetKeepsTheNearestBatchesAndSaysSo() {
    var response = bigAnswers.documentName("provenanceWalk").variable("gtin", GTIN).variable("lot", "STAR-0").execute();
    response.errors().verify();
    response.path("provenance.truncatedBy").entityList(String.class).containsExactly("MAX_NODES");
    response.path("provenance.summary.batches").entity(Integer.class).isEqualTo(20_000);
    assertThat(lots(response)).hasSize(20_000).contains("STAR-0");
    var summary = summary("STAR-0", "UPSTREAM", null);
    summary.path("provenance.truncatedBy").entityList(String.class).containsExactly("MAX_NODES");
    summary.path("provenance.summary.batches").entity(Integer.class).isEqualTo(20_000);
  }

  @Test
  void theSummaryAloneIsCountedInOneStatementAndAgreesWithTheFullAnswer() {
    for (String lot : List.of("TRI-1-1", "DIA-A", "CHN-1")) {
      var full = walk(lot, "BOTH", 4);
      var cut = statements.count(() -> summary(lot, "BOTH", 4));
      assertThat(cut.statements()).as("cut from the cached full answer").isZero();
      walkCache.clear();
      var counted = statements.count(() -> summary(lot, "BOTH", 4));
      counted.result().errors().verify();
      assertThat(counted.statements()).isEqualTo(1);
      assertThat(counted.result().path("provenance").entity(Object.class).get())
          .isEqualTo(cut.result().path("provenance").entity(Object.class).get());
      for (String field : List.of("summary", "tiers", "truncatedBy", "countries")) {
        assertThat(counted.result().path("provenance." + field).entity(Object.class).get()).as(lot + " " + field)
            .isEqualTo(full.path("provenance." + field).entity(Object.class).get());
      }
      counted.result().path("provenance.root.lot").entity(String.class).isEqualTo(lot);
    }
    // The demo flagship has shipments, facilities and countries to count.
    var flagship = graphQl.documentName("provenanceWalk").variable("gtin", FLAGSHIP_GTIN).variable("lot", FLAGSHIP_LOT)
        .execute();
    var overview = graphQl.documentName("provenanceSummary").variable("gtin", FLAGSHIP_GTIN).variable("lot", FLAGSHIP_LOT)
        .execute();
    Map<?, ?> counts = overview.path("provenance.summary").entity(Map.class).get();
    assertThat(counts).isEqualTo(flagship.path("provenance.summary").entity(Map.class).get());
    assertThat((Integer) counts.get("shipments")).isPositive();
    assertThat((Integer) counts.get("countries")).isGreaterThan(1);
    assertThat((Integer) counts.get("facilities")).isGreaterThanOrEqualTo((Integer) counts.get("countries"));
  }

  @Test
  void reachableBatchesIsTheSameWalkInOneStatement() {
    var counted = statements.count(() -> tracer.reachableBatches(new BatchKey(GTIN, "DIA-A"), TraceDirection.UPSTREAM, 50));
    assertThat(counted.statements()).isEqualTo(1);
    assertThat(counted.result()).hasValueSatisfying(keys -> assertThat(keys).containsExactlyInAnyOrder(
        new BatchKey(GTIN, "DIA-A"), new BatchKey(GTIN, "DIA-B"), new BatchKey(GTIN, "DIA-C"), new BatchKey(GTIN, "DIA-D")));
    assertThat(tracer.reachableBatches(new BatchKey(GTIN, "TRI-1-1"), TraceDirection.UPSTREAM, 5))
        .hasValueSatisfying(keys -> assertThat(keys).hasSize(21));
    assertThat(tracer.reachableBatches(new BatchKey(GTIN, "DIA-D"), TraceDirection.BOTH, 1))
        .hasValueSatisfying(keys -> assertThat(keys).containsExactlyInAnyOrder(
            new BatchKey(GTIN, "DIA-D"), new BatchKey(GTIN, "DIA-B"), new BatchKey(GTIN, "DIA-C")));
    assertThat(tracer.reachableBatches(new BatchKey(GTIN, "NO-SUCH"), TraceDirection.UPSTREAM, 50)).isEmpty();
  }

  /** Lots of the triangle's batches that reach batch (tier, index) downstream, itself included. */
  private static Set<String> reachingBottom(int tier, int index) {
    Set<String> lots = new HashSet<>();
    for (int t = 1; t <= tier; t++) {
      for (int j = Math.max(1, index - (tier - t)); j <= Math.min(t, index); j++) {
        lots.add("TRI-" + t + "-" + j);
      }
    }
    return lots;
  }

  private GraphQlTester.Response walk(String lot, String direction, Integer maxDepth) {
    return graphQl.documentName("provenanceWalk").variable("gtin", GTIN).variable("lot", lot)
        .variable("direction", direction).variable("maxDepth", maxDepth).execute();
  }

  private GraphQlTester.Response summary(String lot, String direction, Integer maxDepth) {
    return graphQl.documentName("provenanceSummary").variable("gtin", GTIN).variable("lot", lot)
        .variable("direction", direction).variable("maxDepth", maxDepth).execute();
  }

  private static List<String> lots(GraphQlTester.Response response) {
    return response.path("provenance.nodes[?(@.__typename == 'Batch')].lot").entityList(String.class).get();
  }

  private static List<Object> madeFrom(GraphQlTester.Response response) {
    return response.path("provenance.edges[?(@.kind == 'MADE_FROM')]").entityList(Object.class).get();
  }
}
