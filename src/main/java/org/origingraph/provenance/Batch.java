package org.origingraph.provenance;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.origingraph.api.GlobalId;
import org.jspecify.annotations.Nullable;

/** A lot of a product. Related objects are referenced by key and resolved in bulk by GraphQL. */
public record Batch(
    String gtin,
    String lot,
    @Nullable OffsetDateTime producedAt,
    @Nullable LocalDate expiresAt,
    @Nullable Quantity quantity,
    @Nullable String facilityGln)
    implements GraphNode {

  @Override
  public String id() {
    return GlobalId.encode("Batch", gtin + ":" + lot);
  }

  /** The batch's identity. */
  public BatchKey key() {
    return new BatchKey(gtin, lot);
  }
}
