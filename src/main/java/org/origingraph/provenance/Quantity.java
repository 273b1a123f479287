package org.origingraph.provenance;

import org.jspecify.annotations.Nullable;

/**
 * An amount in a UN/ECE Recommendation 20 unit (KGM, LTR, H87...), the unit vocabulary of GS1 EPCIS.
 *
 * @param value the amount
 * @param unit the unit code
 */
public record Quantity(double value, String unit) {

  /** A quantity, or {@code null} when either part is missing in the stored data. */
  public static @Nullable Quantity ofNullable(@Nullable Double value, @Nullable String unit) {
    return value == null || unit == null ? null : new Quantity(value, unit);
  }
}
