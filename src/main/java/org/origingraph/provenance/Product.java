package org.origingraph.provenance;

import java.util.List;

import org.origingraph.api.GlobalId;
import org.jspecify.annotations.Nullable;

/**
 * A trade item. Holds the owner's GLN, not the owner, so that reading a product never loads more
 * than the product; GraphQL resolves {@code owner} in bulk.
 */
public record Product(
    String gtin,
    String name,
    @Nullable String brand,
    ProductGroup group,
    @Nullable String description,
    String originCountry,
    List<String> images,
    List<String> standards,
    @Nullable Integer shelfLifeDays,
    @Nullable Quantity netContent,
    @Nullable String ownerGln)
    implements GraphNode {

  @Override
  public String id() {
    return GlobalId.encode("Product", gtin);
  }
}
