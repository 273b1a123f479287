package com.acme.app.provenance;

import org.jspecify.annotations.Nullable;

/**
 * Narrows a product listing; {@code null} fields do not filter.
 *
 * @param group product group
 * @param country ISO 3166-1 alpha-2 country of origin, upper case
 */
public record ProductFilter(@Nullable ProductGroup group, @Nullable String country) {

  /** Matches every product. */
  public static final ProductFilter NONE = new ProductFilter(null, null);
}
