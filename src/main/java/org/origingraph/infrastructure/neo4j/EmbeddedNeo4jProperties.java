package org.origingraph.infrastructure.neo4j;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the in-process Neo4j.
 *
 * @param enabled whether to start the embedded database; ignored (treated as {@code false}) when
 *     {@code spring.neo4j.uri} is set, because then the application talks to an external server
 * @param dataDirectory where the store lives; when {@code null} a temporary directory is used and
 *     deleted on shutdown, so nothing survives a restart
 * @param pageCacheSize Neo4j's page cache, e.g. {@code 256m}; small by default because the demo and
 *     test graphs are small and the machine is shared with the JVM heap
 * @param boltPort the loopback port Bolt listens on; {@code null} or 0 lets the operating system
 *     choose a free one (the default, so that instances and tests never collide). A fixed port is for
 *     tools that must reach the same database from outside the process, e.g.
 *     {@code scripts/benchmark-provenance.sh}, which loads generated graphs and runs the raw Cypher
 *     baseline over it. Bolt stays on 127.0.0.1 and unauthenticated either way: never expose it.
 */
@ConfigurationProperties(EmbeddedNeo4jProperties.PREFIX)
public record EmbeddedNeo4jProperties(
    @Nullable Boolean enabled,
    @Nullable Path dataDirectory,
    @Nullable String pageCacheSize,
    @Nullable Integer boltPort) {

  static final String PREFIX = "origin.neo4j.embedded";

  /** Whether to embed, before {@code spring.neo4j.uri} is considered ({@link EmbeddedNeo4jCondition}); default yes. */
  public boolean isEnabled() {
    return enabled == null || enabled;
  }

  public String pageCacheSizeOrDefault() {
    return pageCacheSize == null ? "128m" : pageCacheSize;
  }

  public int boltPortOrDefault() {
    return boltPort == null ? 0 : boltPort;
  }
}
