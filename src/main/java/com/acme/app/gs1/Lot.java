package com.acme.app.gs1;

import java.util.regex.Pattern;

/**
 * A batch or lot number (GS1 Application Identifier 10): 1 to 20 characters of GS1 character set 82.
 *
 * <p>Set 82 is the part of ISO 646 that survives every barcode symbology: letters, digits and
 * {@code !"%&'()*+,-./:;<=>?_}. Anything else (spaces, accents, {@code #}) cannot be printed in a GS1
 * barcode and so cannot be a real lot number.
 *
 * @param value the lot, exactly as printed (case matters)
 */
public record Lot(String value) {

  private static final Pattern CHARSET_82 = Pattern.compile("[!\"%&'()*+,\\-./0-9:;<=>?A-Z_a-z]+");
  private static final int MAX_LENGTH = 20;

  public Lot {
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new InvalidIdentifierException(
          IdentifierKind.LOT, value, "must have 1 to " + MAX_LENGTH + " characters, not " + value.length());
    }
    if (!CHARSET_82.matcher(value).matches()) {
      throw new InvalidIdentifierException(
          IdentifierKind.LOT, value, "may only contain letters, digits and !\"%&'()*+,-./:;<=>?_");
    }
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
