package org.origingraph.infrastructure.neo4j;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A Neo4j server process for tests: the same org.neo4j:neo4j artifact the application embeds, started
 * by {@link ExternalNeo4j} in a child JVM so that a test can kill it with {@code -9} and restart it, as
 * an operator's database would die and come back.
 *
 * <p>Arguments: the data directory and the Bolt port. Prints {@link #READY} and the Bolt URI on
 * standard output once Bolt accepts connections. Exits when its standard input closes, so that a
 * test JVM that dies takes its database with it instead of leaving an orphan holding the port.
 */
public final class ExternalNeo4jMain {

  /** The line printed once the database answers over Bolt. */
  static final String READY = "NEO4J-READY ";

  private ExternalNeo4jMain() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args[0]);
    int port = Integer.parseInt(args[1]);
    var server = EmbeddedNeo4jServer.start(
        new EmbeddedNeo4jProperties(true, data, "32m", port), Duration.ofSeconds(30));
    System.out.println(READY + server.boltUri());
    System.out.flush();
    while (System.in.read() >= 0) {
      // the parent holds the pipe open while it wants the database
    }
    server.close();
  }
}
