package org.origingraph.verification.internal;

import java.util.Map;

import org.origingraph.provenance.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * UN/ECE Recommendation 20 units the rules can compare: mass to kilograms, volume to litres, pieces
 * as they are. Stateless.
 */
final class Units {

  /** Unit code to its dimension's base unit and the factor to it. */
  private static final Map<String, Base> UNITS = Map.of(
      "KGM", new Base("KGM", 1), "TNE", new Base("KGM", 1000), "GRM", new Base("KGM", 0.001),
      "LTR", new Base("LTR", 1), "MLT", new Base("LTR", 0.001), "MTQ", new Base("LTR", 1000),
      "H87", new Base("H87", 1), "EA", new Base("H87", 1));

  private record Base(String unit, double factor) {}

  private Units() {}

  /** {@code quantity} in {@code unit}, or {@code null} when the two are of different dimensions or unknown. */
  static @Nullable Double in(Quantity quantity, String unit) {
    if (quantity.unit().equals(unit)) {
      return quantity.value();
    }
    Base from = UNITS.get(quantity.unit());
    Base to = UNITS.get(unit);
    if (from == null || to == null || !from.unit().equals(to.unit())) {
      return null;
    }
    return quantity.value() * from.factor() / to.factor();
  }
}
