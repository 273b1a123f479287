package org.origingraph.infrastructure.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * The backup docs/operations.md documents for the embedded store, performed as written: stop the
 * database, copy its data directory, and later start a database on the copy. Community Neo4j has no
 * online backup; this is an offline, consistent one (the store is closed cleanly before the copy).
 */
class StoreBackupTests {

  @Test
  void aCopyOfAStoppedStoreRestoresEveryNodeRelationshipAndProperty(@TempDir Path directory) throws IOException {
    Path live = directory.resolve("live");
    Path backup = directory.resolve("backup");
    Path restored = directory.resolve("restored");
    try (var server = EmbeddedNeo4jServer.start(new EmbeddedNeo4jProperties(true, live, "16m", null));
         var driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
      driver.executableQuery("""
          CREATE (:Product {gtin: '08938512000015', name: 'Kẹo dừa'})<-[:OF]-
                 (:Batch {gtin: '08938512000015', lot: 'BT-2026-031', producedAt: datetime('2026-03-01T08:00:00+07:00')})""")
          .execute();
    } // 1. stop (the application's SIGTERM closes the embedded database)
    copy(live, backup); // 2. cp -a <data-directory> <backup>; 3. start again
    copy(backup, restored); // restore: copy the backup into an empty data directory, start on it
    try (var server = EmbeddedNeo4jServer.start(new EmbeddedNeo4jProperties(true, restored, "16m", null));
         var driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
      var row = driver.executableQuery("""
          MATCH (b:Batch {lot: 'BT-2026-031'})-[:OF]->(p:Product)
          RETURN p.name AS name, toString(b.producedAt) AS producedAt""").execute().records().getFirst();
      assertThat(row.get("name").asString()).isEqualTo("Kẹo dừa");
      assertThat(row.get("producedAt").asString()).isEqualTo("2026-03-01T08:00:00+07:00");
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : paths.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
