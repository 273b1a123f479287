package org.origingraph.gs1;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of Digital Link path segments and query values (RFC 3986).
 *
 * <p>Everything but the RFC 3986 unreserved characters is encoded, as the GS1 Digital Link standard
 * asks: set 82 holds {@code / ? % & #}-like characters that would otherwise change a URI's structure.
 * Decoding never turns {@code +} into a space, since {@code +} is a legal lot character.
 */
final class PercentEncoding {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PercentEncoding() {}

  static String encode(String value) {
    var out = new StringBuilder(value.length());
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  /**
   * @throws InvalidIdentifierException if a {@code %} is not followed by two hex digits
   */
  static String decode(IdentifierKind kind, String value) {
    if (value.indexOf('%') < 0) {
      return value;
    }
    var bytes = new ByteArrayOutputStream(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '%') {
        int hi = i + 2 < value.length() ? Character.digit(value.charAt(i + 1), 16) : -1;
        int lo = hi < 0 ? -1 : Character.digit(value.charAt(i + 2), 16);
        if (lo < 0) {
          throw new InvalidIdentifierException(kind, value, "has a '%' not followed by two hex digits");
        }
        bytes.write(hi << 4 | lo);
        i += 2;
      } else {
        int codePoint = value.codePointAt(i);
        byte[] encoded = Character.toString(codePoint).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
        i += Character.charCount(codePoint) - 1;
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
