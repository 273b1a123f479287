package org.origingraph.gs1;

import java.util.regex.Pattern;

/**
 * GS1 AI encodable character set 82, shared by the alphanumeric attributes (lot, serial, consumer
 * product variant).
 *
 * <p>Set 82 is the part of ISO 646 that survives every barcode symbology: letters, digits and
 * {@code !"%&'()*+,-./:;<=>?_}. Anything else (spaces, accents, {@code #}) cannot be printed in a GS1
 * barcode and so cannot be part of a real lot or serial number.
 */
final class Charset82 {

  static final String SYMBOLS = "!\"%&'()*+,-./:;<=>?_";
  private static final Pattern CHARSET_82 = Pattern.compile("[!\"%&'()*+,\\-./0-9:;<=>?A-Z_a-z]+");

  private Charset82() {}

  /**
   * Checks {@code value} holds 1 to {@code maxLength} characters of set 82.
   *
   * @return {@code value} unchanged
   * @throws InvalidIdentifierException naming {@code kind} otherwise
   */
  static String check(IdentifierKind kind, String value, int maxLength) {
    if (value.isEmpty() || value.length() > maxLength) {
      throw new InvalidIdentifierException(
          kind, value, "must have 1 to " + maxLength + " characters, not " + value.length());
    }
    if (!CHARSET_82.matcher(value).matches()) {
      throw new InvalidIdentifierException(kind, value, "may only contain letters, digits and " + SYMBOLS);
    }
    return value;
  }
}
