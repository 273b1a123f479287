package org.origingraph.infrastructure.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/** The test server in a child JVM: a committed write survives kill -9, and the port stays the same. */
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
      try (var driver = GraphDatabase.driver(uri, AuthTokens.none())) {
        long kept = driver.executableQuery("MATCH (p:Probe {id: 'kept'}) RETURN count(p) AS n").execute()
            .records().getFirst().get("n").asLong();
        assertThat(kept).isEqualTo(1);
      }
    }
  }
}
