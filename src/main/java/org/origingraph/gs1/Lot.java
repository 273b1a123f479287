package org.origingraph.gs1;

/**
 * A batch or lot number (GS1 Application Identifier 10): 1 to 20 characters of GS1 character set 82
 * (letters, digits and {@code !"%&'()*+,-./:;<=>?_}).
 *
 * @param value the lot, exactly as printed (case matters)
 */
public record Lot(String value) {

  /** The most characters AI 10 allows. */
  public static final int MAX_LENGTH = 20;

  public Lot {
    Charset82.check(IdentifierKind.LOT, value, MAX_LENGTH);
  }

  /**
   * Reads a lot number.
   *
   * @throws InvalidIdentifierException if it is empty, too long or has a character GS1 does not allow
   */
  public static Lot parse(String text) {
    return new Lot(text);
  }

  @Override
  public String toString() {
    return value;
  }
}
