package org.origingraph.provenance.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The cache of assembled provenance walks ({@code origin.provenance.cache.*}).
 *
 * @param enabled whether walks are cached at all; default true
 * @param maxWeight most nodes and edges all cached answers hold together (an answer weighs its node
 *     count plus its edge count); default 250,000, some 100 MB of heap
 * @param expireAfterWrite how long an answer is kept at most. Writes through this application drop
 *     what they touch at once ({@code ProvenanceChanged}); this bounds how long a write the
 *     application does not see (another instance on the same Neo4j server, a direct import) can go
 *     unnoticed. Default 10 minutes
 */
@ConfigurationProperties("origin.provenance.cache")
public record WalkCacheProperties(@Nullable Boolean enabled, @Nullable Long maxWeight, @Nullable Duration expireAfterWrite) {

  public WalkCacheProperties {
    enabled = enabled == null || enabled;
    maxWeight = maxWeight == null ? 250_000L : maxWeight;
    expireAfterWrite = expireAfterWrite == null ? Duration.ofMinutes(10) : expireAfterWrite;
    if (maxWeight < 1) {
      throw new IllegalArgumentException("origin.provenance.cache.max-weight must be at least 1");
    }
    if (expireAfterWrite.isNegative() || expireAfterWrite.isZero()) {
      throw new IllegalArgumentException("origin.provenance.cache.expire-after-write must be positive");
    }
  }

  /** {@link #enabled()}, unboxed. */
  public boolean on() {
    return enabled == null || enabled;
  }

  /** {@link #maxWeight()}, unboxed. */
  public long weightBudget() {
    return maxWeight == null ? 250_000L : maxWeight;
  }

  /** {@link #expireAfterWrite()}, never null. */
  public Duration lifetime() {
    return expireAfterWrite == null ? Duration.ofMinutes(10) : expireAfterWrite;
  }
}
