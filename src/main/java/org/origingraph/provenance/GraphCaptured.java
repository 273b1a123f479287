package org.origingraph.provenance;

import java.util.Set;

/**
 * Published when {@link CapturedGraph#apply} has written captured events' effects, inside the capture's
 * transaction: listen with {@code @TransactionalEventListener} to act once they are committed.
 *
 * @param batches the batches the effects produced, transformed, consumed or shipped
 */
public record GraphCaptured(Set<BatchKey> batches) {

  public GraphCaptured {
    batches = Set.copyOf(batches);
  }
}
