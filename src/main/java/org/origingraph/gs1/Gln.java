package org.origingraph.gs1;

/**
 * A Global Location Number: 13 digits identifying a party or a physical location.
 *
 * @param value the 13 digits
 */
public record Gln(String value) {

  public Gln {
    IdentifierKind.GLN.validate(value);
  }

  /**
   * Reads a GLN.
   *
   * @throws InvalidIdentifierException if the length, characters or check digit are wrong
   */
  public static Gln parse(String text) {
    return new Gln(text.strip());
  }

  @Override
  public String toString() {
    return value;
  }
}
