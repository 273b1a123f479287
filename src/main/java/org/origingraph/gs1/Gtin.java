package org.origingraph.gs1;

/**
 * A Global Trade Item Number, held as GTIN-14 whatever length it was written in.
 *
 * <p>GTIN-8, -12 and -13 are left-padded with zeros; the check digit is unchanged by padding, so
 * {@code 8938512000015} and {@code 08938512000015} are the same GTIN.
 *
 * @param value the 14-digit canonical form
 */
public record Gtin(String value) {

  public Gtin {
    IdentifierKind.GTIN.validate(value);
    if (value.length() != 14) {
      throw new InvalidIdentifierException(IdentifierKind.GTIN, value, "must be given in its 14-digit form here");
    }
  }

  /**
   * Reads a GTIN-8, -12, -13 or -14.
   *
   * @throws InvalidIdentifierException if the length, characters or check digit are wrong
   */
  public static Gtin parse(String text) {
    String digits = IdentifierKind.GTIN.validate(text.strip());
    return new Gtin("0".repeat(14 - digits.length()) + digits);
  }

  @Override
  public String toString() {
    return value;
  }
}
