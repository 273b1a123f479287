package org.origingraph.gs1;

/**
 * A serial number (GS1 Application Identifier 21): 1 to 20 characters of GS1 character set 82. With a
 * GTIN it identifies one individual item (an SGTIN).
 *
 * @param value the serial, exactly as printed (case matters)
 */
public record Serial(String value) {

  /** The most characters AI 21 allows. */
  public static final int MAX_LENGTH = 20;

  public Serial {
    Charset82.check(IdentifierKind.SERIAL, value, MAX_LENGTH);
  }

  /**
   * Reads a serial number.
   *
   * @throws InvalidIdentifierException if it is empty, too long or has a character GS1 does not allow
   */
  public static Serial parse(String text) {
    return new Serial(text);
  }

  @Override
  public String toString() {
    return value;
  }
}
