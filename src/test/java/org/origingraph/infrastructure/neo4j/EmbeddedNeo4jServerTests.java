package org.origingraph.infrastructure.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * The embedded database keeps a configured directory across restarts, cleans up a temporary one, and
 * listens on a configured Bolt port when one is given.
 */
class EmbeddedNeo4jServerTests {

  @Test
  void dataInAConfiguredDirectorySurvivesARestart(@TempDir Path directory) {
    var properties = new EmbeddedNeo4jProperties(true, directory, "16m", null);
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
    try (var server = EmbeddedNeo4jServer.start(new EmbeddedNeo4jProperties(true, null, "16m", null))) {
      home = server.homeDirectory();
      assertThat(Files.exists(home)).isTrue();
    }
    assertThat(Files.exists(home)).isFalse();
  }

  @Test
  void aConfiguredBoltPortIsTheOneListenedOn() throws Exception {
    int port;
    try (var probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    try (var server = EmbeddedNeo4jServer.start(new EmbeddedNeo4jProperties(true, null, "16m", port));
         var driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none())) {
      assertThat(server.boltUri().getPort()).isEqualTo(port);
      driver.verifyConnectivity();
    }
  }
}
