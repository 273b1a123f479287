package org.origingraph.provenance;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.origingraph.api.GlobalId;
import org.jspecify.annotations.Nullable;

/**
 * Goods moving between two facilities.
 *
 * @param reference the shipment's own reference (unique)
 * @param crossBorder whether origin and destination lie in different countries
 */
public record Shipment(
    String reference,
    @Nullable String sscc,
    @Nullable String originGln,
    @Nullable String destinationGln,
    @Nullable OffsetDateTime departedAt,
    @Nullable OffsetDateTime arrivedAt,
    @Nullable String carrier,
    @Nullable String transportMode,
    boolean crossBorder)
    implements GraphNode {

  @Override
  public String id() {
    return GlobalId.encode("Shipment", reference);
  }

  /** Hours in transit, to one decimal; {@code null} until it has arrived. */
  public @Nullable Double transitHours() {
    if (departedAt == null || arrivedAt == null) {
      return null;
    }
    return Math.round(Duration.between(departedAt, arrivedAt).toMinutes() / 6.0) / 10.0;
  }
}
