package org.origingraph.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.origingraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A provenance statement that runs out of its time budget is terminated in the database and the
 * request says TIMEOUT; afterwards nothing is left running.
 *
 * <p>The only integration test with properties of its own (a 100 ms budget), so it starts the one
 * extra application context of the suite. The slow statement is a batch carried by 150,000
 * shipments, every one of which the full answer has to read.
 */
@TestPropertySource(properties = "origin.provenance.timeout=100ms")
class ProvenanceTimeoutIntegrationTests extends IntegrationTest {

  private static final String GTIN = "08999990000034";

  @Autowired
  private Neo4jClient neo4j;

  @Test
  void aStatementThatRunsOutIsTerminatedInTheDatabaseAndAnswersTimeout() throws InterruptedException {
    neo4j.query("""
        MERGE (b:Batch {gtin: $gtin, lot: 'SLOW-0'})
        WITH b UNWIND range(1, 150000) AS i
        CREATE (:Shipment {id: 'SHP-SLOW-' + i, departedAt: datetime('2026-01-01T00:00:00Z')})-[:CARRIES {quantity: 1.0, uom: 'KGM'}]->(b)""")
        .bindAll(Map.of("gtin", GTIN)).run();

    graphQl.documentName("provenanceWalk").variable("gtin", GTIN).variable("lot", "SLOW-0").execute()
        .errors().expect(error -> "TIMEOUT".equals(error.getExtensions().get("code"))
            && error.getMessage().contains("time budget")).verify()
        .path("provenance").valueIsNull();

    // The server terminated the transaction before the driver reported it; allow it to finish rolling back.
    List<Map<String, Object>> running = otherTransactions();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (!running.isEmpty() && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      running = otherTransactions();
    }
    assertThat(running).as("transactions left running").isEmpty();
  }

  private List<Map<String, Object>> otherTransactions() {
    return List.copyOf(neo4j.query("""
            SHOW TRANSACTIONS YIELD transactionId, currentQuery, status, metaData
            WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
            RETURN transactionId, currentQuery, status, metaData""")
        .fetch().all());
  }
}
