package org.origingraph.provenance;

import java.util.Set;

/**
 * Published when a transaction that wrote provenance data commits, for caches of what was read from the
 * graph (assembled walks, HTTP answers) to drop exactly what may have changed.
 *
 * <p>A cached answer is stale when it holds one of {@link #batches} (its node, its inputs or outputs, its
 * shipments or its facility changed) or a batch of one of {@link #products} (the product's own fields
 * changed). A write that makes a new batch names the new batch and every batch it links to, so an answer
 * that did not hold the new batch but holds a batch it was made from or shipped with is stale too.
 * Delivered after commit only: a rolled-back write publishes nothing.
 *
 * @param batches the batches whose node or relations a write touched
 * @param products the GTINs whose product node a write changed
 */
public record ProvenanceChanged(Set<BatchKey> batches, Set<String> products) {

  public ProvenanceChanged {
    batches = Set.copyOf(batches);
    products = Set.copyOf(products);
  }

  /** Whether an answer holding {@code batch} may be stale. */
  public boolean touches(BatchKey batch) {
    return batches.contains(batch) || products.contains(batch.gtin());
  }
}
