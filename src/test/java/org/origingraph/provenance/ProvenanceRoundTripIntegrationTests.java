package org.origingraph.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.origingraph.IntegrationTest;
import org.origingraph.provenance.internal.WalkCache;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The promise that a provenance query costs a fixed number of database round trips, however long the
 * chain: the same selection over a 3-tier and a 12-tier chain sends the same number of statements.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvenanceRoundTripIntegrationTests extends IntegrationTest {

  private static final String SUGARCANE = "08938516000011";
  private static final String FARM = "8938513000106";

  @Autowired
  private Neo4jClient neo4j;

  /** Cached walks cost no statement at all; these tests count those of computed ones. */
  @Autowired
  private WalkCache walks;

  @BeforeAll
  void recordChains() {
    connectClientsForSetup();
    recordChain("RT3-", 3);
    recordChain("RT12-", 12);
  }

  @Test
  void statementsDoNotGrowWithTheChainLength() {
    walks.clear();
    var shortChain = statements.count(() -> traceTiers("RT3-3"));
    var longChain = statements.count(() -> traceTiers("RT12-12"));

    assertThat(shortChain.result()).isEqualTo(3);
    assertThat(longChain.result()).isEqualTo(12);
    assertThat(longChain.statements()).isEqualTo(shortChain.statements());
    // One walk plus one bulk load per nested field and level the walk's rows do not answer (Product.owner).
    assertThat(shortChain.statements()).isBetween(1, 10);
  }

  @Test
  void theWalkItselfIsOneStatement() {
    walks.clear();
    var counted = statements.count(() -> graphQl
        .document("{ provenance(gtin: \"" + SUGARCANE + "\", lot: \"RT12-12\") { tiers edges { kind } } }")
        .execute().path("provenance.tiers").entity(Integer.class).get());
    assertThat(counted.result()).isEqualTo(12);
    assertThat(counted.statements()).isEqualTo(1);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aCycleInBadDataEndsTheWalk() {
    // Only a direct write can make a cycle; the API refuses inputs that do not exist yet.
    neo4j.query("""
        MATCH (p:Product {gtin: $gtin}), (f:Facility {gln: $farm})
        CREATE (a:Batch {gtin: $gtin, lot: 'CYC-A'})-[:OF]->(p), (a)-[:PRODUCED_AT]->(f)
        CREATE (b:Batch {gtin: $gtin, lot: 'CYC-B'})-[:OF]->(p), (b)-[:PRODUCED_AT]->(f)
        CREATE (c:Batch {gtin: $gtin, lot: 'CYC-C'})-[:OF]->(p), (c)-[:PRODUCED_AT]->(f)
        CREATE (a)-[:MADE_FROM]->(b), (b)-[:MADE_FROM]->(c), (c)-[:MADE_FROM]->(a)""")
        .bindAll(Map.of("gtin", SUGARCANE, "farm", FARM)).run();

    for (String direction : List.of("UPSTREAM", "DOWNSTREAM", "BOTH")) {
      var response = graphQl.documentName("provenanceShape")
          .variable("gtin", SUGARCANE).variable("lot", "CYC-A").variable("direction", direction).execute();
      response.errors().verify();
      assertThat(response.path("provenance.nodes[?(@.__typename == 'Batch')].lot").entityList(String.class).get())
          .containsExactlyInAnyOrder("CYC-A", "CYC-B", "CYC-C");
      response.path("provenance.tiers").entity(Integer.class).isEqualTo(3);
    }
  }

  private int traceTiers(String lot) {
    var response = graphQl.documentName("provenance").variable("gtin", SUGARCANE).variable("lot", lot).execute();
    response.errors().verify();
    return response.path("provenance.tiers").entity(Integer.class).get();
  }

  private void recordChain(String prefix, int tiers) {
    var producer = graphQlWithKey(ADMIN_KEY); // the demo farm is not the test producer's
    for (int tier = 1; tier <= tiers; tier++) {
      Map<String, Object> input = new java.util.HashMap<>(Map.of(
          "gtin", SUGARCANE, "lot", prefix + tier, "facilityGln", FARM,
          "producedAt", "2026-0" + (1 + tier % 9) + "-01T08:00:00+07:00",
          "quantity", Map.of("value", 100.0 * tier, "unit", "KGM")));
      List<Map<String, Object>> inputs = new ArrayList<>();
      if (tier > 1) {
        inputs.add(Map.of("gtin", SUGARCANE, "lot", prefix + (tier - 1), "quantity", Map.of("value", 90.0, "unit", "KGM")));
      }
      input.put("inputs", inputs);
      producer.documentName("recordBatch").variable("input", input).execute().errors().verify();
    }
  }

  private void connectClientsForSetup() {
    // @BeforeEach has not run yet in a @BeforeAll; build the client the same way.
    graphQl = org.springframework.graphql.test.tester.HttpGraphQlTester.create(
        org.springframework.test.web.reactive.server.WebTestClient.bindToServer().baseUrl(url("/graphql")).build());
  }
}
