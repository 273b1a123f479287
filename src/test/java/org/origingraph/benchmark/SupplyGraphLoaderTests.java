package org.origingraph.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.origingraph.infrastructure.neo4j.EmbeddedNeo4jProperties;
import org.origingraph.infrastructure.neo4j.EmbeddedNeo4jServer;

/**
 * The loader writes the generated graph over Bolt as generated, and the benchmark's raw statement
 * finds exactly what the generator says the root's upstream holds; a second load into the same
 * database is refused. Runs against its own embedded Neo4j, not the shared test context's.
 */
class SupplyGraphLoaderTests {

  @Test
  void theLoadedGraphIsTheGeneratedOneAndTheRawStatementWalksItAll() {
    var generator = new SupplyGraphGenerator(SupplyGraphSpec.preset("tiny", 42));
    try (var server = EmbeddedNeo4jServer.start(new EmbeddedNeo4jProperties(true, null, "16m", null));
         var driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
      var loader = new SupplyGraphLoader(driver);
      var loaded = loader.load(generator);

      long expectedNodes = generator.network(0).nodeCount() + generator.network(1).nodeCount();
      assertThat(loaded.nodes()).isEqualTo(expectedNodes);
      var root = generator.reach(0, 0);
      int[] found = RawProvenanceLoad.query(driver, new String[] {"root", root.gtin(), root.lot()});
      assertThat(found[0]).as("batches").isEqualTo(root.batches());
      assertThat(found[1]).as("shipments").isEqualTo(root.shipments());
      long madeFrom = driver.executableQuery("MATCH (:Batch)-[r:MADE_FROM]->(:Batch) RETURN count(r)").execute()
          .records().getFirst().get(0).asLong();
      assertThat(madeFrom).isEqualTo(generator.network(0).inputs().size() + generator.network(0).crossInputs().size()
          + generator.network(1).inputs().size());

      assertThatThrownBy(() -> loader.load(generator)).hasMessageContaining("already holds batches");
    }
  }
}
