package org.origingraph.provenance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A batch to record, as sent by a producer; validated by {@link ProductionLog}. */
public record RecordBatchInput(
    String gtin,
    String lot,
    String facilityGln,
    OffsetDateTime producedAt,
    @Nullable LocalDate expiresAt,
    @Nullable QuantityInput quantity,
    @Nullable List<Input> inputs) {

  /** One input batch and how much of it was consumed. */
  public record Input(String gtin, String lot, @Nullable QuantityInput quantity) {}

  /** An amount and its UN/ECE Rec. 20 unit code. */
  public record QuantityInput(double value, String unit) {}
}
