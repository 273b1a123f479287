package org.origingraph.infrastructure.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * The test server in a child JVM: a committed write survives kill -9, the port stays the same, and a
 * driver that saw the server die reconnects once it is back.
 */
class ExternalNeo4jTests {

  @Test
  void aCommittedWriteSurvivesKillMinusNineAndARestartOnTheSameDirectory(@TempDir Path directory) {
    try (var neo4j = new ExternalNeo4j(directory.resolve("data")).start()) {
      var uri = neo4j.boltUri();
      try (var driver = GraphDatabase.driver(uri, AuthTokens.none())) {
        driver.executableQuery("CREATE (:Probe {id: 'kept'})").execute();
      }
      long before = neo4j.pid();
      neo4j.kill();
      assertThat(ProcessHandle.of(before).map(ProcessHandle::isAlive).orElse(false)).isFalse();
      try (var driver = GraphDatabase.driver(uri, AuthTokens.none())) {
        assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(ServiceUnavailableException.class);
      }
      neo4j.start();
      assertThat(neo4j.boltUri()).isEqualTo(uri);
      // A driver that lived through the outage (as the application's does) reconnects by itself.
      try (var kept = GraphDatabase.driver(uri, AuthTokens.none(), org.neo4j.driver.Config.builder()
          .withConnectionTimeout(2, java.util.concurrent.TimeUnit.SECONDS)
          .withConnectionAcquisitionTimeout(5, java.util.concurrent.TimeUnit.SECONDS).build())) {
        kept.executableQuery("RETURN 1").execute();
        neo4j.kill();
        assertThatThrownBy(() -> kept.executableQuery("RETURN 1").execute()).isInstanceOf(ServiceUnavailableException.class);
        neo4j.start();
        assertThat(kept.executableQuery("RETURN 1 AS one").execute().records().getFirst().get("one").asInt()).isEqualTo(1);
      }
      try (var driver = GraphDatabase.driver(uri, AuthTokens.none())) {
        long kept = driver.executableQuery("MATCH (p:Probe {id: 'kept'}) RETURN count(p) AS n").execute()
            .records().getFirst().get("n").asLong();
        assertThat(kept).isEqualTo(1);
      }
    }
  }
}
