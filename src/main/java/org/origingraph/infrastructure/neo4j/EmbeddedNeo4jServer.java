package org.origingraph.infrastructure.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j database running inside this JVM, reachable over Bolt on the loopback interface only.
 *
 * <p>The application's driver connects to it over Bolt exactly as it would to a server, so nothing
 * above the driver knows or cares that the database is embedded. The Bolt port is chosen by the
 * operating system (port 0) and read back once the connector is bound, which avoids the race of
 * probing for a free port first; {@code origin.neo4j.embedded.bolt-port} fixes it for tools outside
 * the process (the provenance benchmark).
 *
 * <p>Thread-safe after construction; {@link #close()} is idempotent.
 */
public final class EmbeddedNeo4jServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jServer.class);

  /** The transaction timeout when none is configured. */
  public static final Duration DEFAULT_TRANSACTION_TIMEOUT = Duration.ofSeconds(30);

  private final DatabaseManagementService management;
  private final Path homeDirectory;
  private final boolean temporary;
  private final URI boltUri;
  private volatile boolean closed;

  private EmbeddedNeo4jServer(
      DatabaseManagementService management, Path homeDirectory, boolean temporary, URI boltUri) {
    this.management = management;
    this.homeDirectory = homeDirectory;
    this.temporary = temporary;
    this.boltUri = boltUri;
  }

  /** Starts a database in {@code properties.dataDirectory()}, or in a fresh temporary directory. */
  public static EmbeddedNeo4jServer start(EmbeddedNeo4jProperties properties) {
    return start(properties, DEFAULT_TRANSACTION_TIMEOUT);
  }

  /**
   * Starts a database whose transactions are terminated by the database itself once they have run
   * {@code transactionTimeout} (unless the client gave the transaction a timeout of its own): the
   * backstop for statements sent without one, so that no abandoned statement keeps the cores busy.
   */
  public static EmbeddedNeo4jServer start(EmbeddedNeo4jProperties properties, Duration transactionTimeout) {
    Path configured = properties.dataDirectory();
    boolean temporary = configured == null;
    Path home;
    try {
      home = temporary ? Files.createTempDirectory("origin-graph-neo4j-") : configured.toAbsolutePath();
      Files.createDirectories(home);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare the Neo4j data directory", e);
    }
    DatabaseManagementService management =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPortOrDefault()))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            .setConfig(
                GraphDatabaseSettings.pagecache_memory,
                ByteUnit.parse(properties.pageCacheSizeOrDefault()))
            .setConfig(GraphDatabaseSettings.transaction_timeout, transactionTimeout)
            // The monitor that terminates timed-out transactions looks every 2 s by default; a
            // timeout should act within a fraction of a second of passing.
            .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100))
            .setConfig(GraphDatabaseSettings.keep_logical_logs, temporary ? "false" : "2 days")
            .build();
    GraphDatabaseAPI database =
        (GraphDatabaseAPI) management.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    var bolt =
        database
            .getDependencyResolver()
            .resolveDependency(ConnectorPortRegister.class)
            .getLocalAddress(ConnectorType.BOLT);
    URI uri = URI.create("bolt://127.0.0.1:" + bolt.getPort());
    log.info("Embedded Neo4j started in {} ({}), Bolt at {}", home, temporary ? "temporary" : "kept", uri);
    return new EmbeddedNeo4jServer(management, home, temporary, uri);
  }

  /** The Bolt address the driver should use. */
  public URI boltUri() {
    return boltUri;
  }

  /** The directory the database lives in. */
  public Path homeDirectory() {
    return homeDirectory;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    management.shutdown();
    log.info("Embedded Neo4j stopped");
    if (temporary) {
      deleteRecursively(homeDirectory);
    }
  }

  private static void deleteRecursively(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      log.warn("Could not delete temporary Neo4j directory {}", root, e);
    }
  }
}
