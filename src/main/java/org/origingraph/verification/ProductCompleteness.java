package org.origingraph.verification;

import java.util.List;

import org.origingraph.provenance.Organization;
import org.origingraph.provenance.Product;
import org.origingraph.provenance.ProductGroup;
import org.jspecify.annotations.Nullable;

/**
 * The mandatory record fields one product, its owner and its batches lack. Immutable.
 *
 * @param organization the product's owner, when known
 * @param batchMissing fields at least one of its batches lacks
 */
public record ProductCompleteness(
    Product product, @Nullable Organization organization, List<RecordField> productMissing,
    List<RecordField> organizationMissing, List<RecordField> batchMissing) {

  public ProductCompleteness {
    productMissing = List.copyOf(productMissing);
    organizationMissing = List.copyOf(organizationMissing);
    batchMissing = List.copyOf(batchMissing);
  }

  /** The product's group. */
  public ProductGroup group() {
    return product.group();
  }

  /** Whether nothing is missing. */
  public boolean complete() {
    return productMissing.isEmpty() && organizationMissing.isEmpty() && batchMissing.isEmpty();
  }
}
