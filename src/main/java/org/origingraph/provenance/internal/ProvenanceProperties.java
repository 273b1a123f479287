package org.origingraph.provenance.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Budgets of the public provenance reads ({@code origin.provenance.*}).
 *
 * @param maxNodes most nodes one answer holds; beyond it the nearest batches are kept and the answer
 *     says {@code MAX_NODES}. Also the most batches {@code reachableBatches} returns. Default 20,000.
 * @param timeout how long the database may work on one provenance statement before it terminates
 *     the transaction (the driver's transaction timeout, enforced by the server); default 5 s
 */
@ConfigurationProperties("origin.provenance")
public record ProvenanceProperties(@Nullable Integer maxNodes, @Nullable Duration timeout) {

  public ProvenanceProperties {
    maxNodes = maxNodes == null ? 20_000 : maxNodes;
    timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    if (maxNodes < 1) {
      throw new IllegalArgumentException("origin.provenance.max-nodes must be at least 1");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("origin.provenance.timeout must be positive");
    }
  }

  /** {@link #maxNodes()}, unboxed. */
  public int nodeBudget() {
    return maxNodes == null ? 20_000 : maxNodes;
  }

  /** {@link #timeout()}, never null. */
  public Duration statementTimeout() {
    return timeout == null ? Duration.ofSeconds(5) : timeout;
  }
}
