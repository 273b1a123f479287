package org.origingraph.gs1;

/**
 * A Serial Shipping Container Code: 18 digits identifying one logistic unit (a pallet, a container).
 *
 * @param value the 18 digits
 */
public record Sscc(String value) {

  public Sscc {
    IdentifierKind.SSCC.validate(value);
  }

  /**
   * Reads an SSCC.
   *
   * @throws InvalidIdentifierException if the length, characters or check digit are wrong
   */
  public static Sscc parse(String text) {
    return new Sscc(text.strip());
  }

  @Override
  public String toString() {
    return value;
  }
}
