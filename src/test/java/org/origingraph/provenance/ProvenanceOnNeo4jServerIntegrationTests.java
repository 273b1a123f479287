package org.origingraph.provenance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The core provenance checks again, against the official Neo4j server image instead of the embedded
 * database: proof that nothing depends on running in-process. Skipped where no Docker engine runs.
 *
 * <p>This is the one test class with a context of its own (it needs a different database).
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "origin.neo4j.embedded.enabled=false")
class ProvenanceOnNeo4jServerIntegrationTests extends ProvenanceIntegrationTests {

  @Container
  @ServiceConnection
  static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:2026.08.1-community").withoutAuthentication();
}
