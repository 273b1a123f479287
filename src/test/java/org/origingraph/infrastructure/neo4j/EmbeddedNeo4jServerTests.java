package org.origingraph.infrastructure.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/** The embedded database keeps a configured directory across restarts and cleans up a temporary one. */
class EmbeddedNeo4jServerTests {

  @Test
  void dataInAConfiguredDirectorySurvivesARestart(@TempDir Path directory) {
    var properties = new EmbeddedNeo4jProperties(true, directory, "16m");
    try (var server = EmbeddedNeo4jServer.start(properties);
         var driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
      driver.executableQuery("CREATE (:Product {gtin: '08938512000015'})").execute();
    }
    try (var server = EmbeddedNeo4jServer.start(properties);
         var driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
      var count = driver.executableQuery("MATCH (p:Product {gtin: '08938512000015'}) RETURN count(p) AS n").execute()
          .records().getFirst().get("n").asLong();
      assertThat(count).isEqualTo(1);
      assertThat(server.boltUri().getHost()).isEqualTo("127.0.0.1");
    }
  }

  @Test
  void aTemporaryDirectoryIsRemovedOnClose() throws Exception {
    Path home;
    try (var server = EmbeddedNeo4jServer.start(new EmbeddedNeo4jProperties(true, null, "16m"))) {
      home = server.homeDirectory();
      assertThat(Files.exists(home)).isTrue();
    }
    assertThat(Files.exists(home)).isFalse();
  }
}
