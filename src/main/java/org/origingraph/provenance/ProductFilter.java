package org.origingraph.provenance;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Narrows a product listing; {@code null} fields do not filter.
 *
 * @param group product group
 * @param country ISO 3166-1 alpha-2 country of origin, upper case
 * @param textTerms words every matching product's search key must contain as word prefixes (ASCII
 *     folded by {@link org.origingraph.i18n.SearchKeys}); {@code null} for no text search
 * @param collation BCP 47 tag whose collation orders a text search's results by name
 */
public record ProductFilter(
    @Nullable ProductGroup group, @Nullable String country, @Nullable List<String> textTerms, String collation) {

  /** Matches every product. */
  public static final ProductFilter NONE = new ProductFilter(null, null, null, "vi");
}
