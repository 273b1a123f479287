package org.origingraph.story;

import java.util.List;

import org.origingraph.provenance.Product;

/**
 * The translation gaps of one product's stories.
 *
 * @param product the product
 * @param stories per story kind, what is translated and what is missing
 */
public record ProductCoverage(Product product, List<KindCoverage> stories) {

  /** Whether no target locale is missing from any story. */
  public boolean complete() {
    return stories.stream().allMatch(k -> k.missingLocales().isEmpty());
  }
}
