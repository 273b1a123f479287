package org.origingraph.epcis.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

/**
 * The canonical text of one value in the CBV 2.0 event hash (CBV 2.0 §8.9, as GS1's reference
 * implementation applies it): timestamps in UTC at millisecond precision, numbers without redundant
 * digits, EPCIS 1.x CBV URNs as GS1 Web URIs, GS1 identifiers as constrained canonical Digital Links.
 *
 * <p>The reference is written in Python, and several rules follow from how Python prints and parses
 * (its {@code str.strip}, {@code Decimal}, {@code repr(float)}); those are reproduced here, since a
 * hash that is off by one character is a different hash. Thread-safe.
 */
final class HashValues {

  private static final DateTimeFormatter UTC_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final Pattern ISO_8601 = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})"
      + "(?:[Tt ](\\d{2})(?::?(\\d{2})(?::?(\\d{2})(?:[.,](\\d+))?)?)?)?"
      + "\\s*(?:([Zz]|UTC|GMT)|([+-])(\\d{2})(?::?(\\d{2}))?)?");
  /** Python's {@code Decimal} syntax once underscores are removed (it ignores them). */
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final String[][] CBV_URNS = {
      {"urn:epcglobal:cbv:bizstep:", "https://ref.gs1.org/cbv/BizStep-"},
      {"urn:epcglobal:cbv:disp:", "https://ref.gs1.org/cbv/Disp-"},
      {"urn:epcglobal:cbv:btt:", "https://ref.gs1.org/cbv/BTT-"},
      {"urn:epcglobal:cbv:sdt:", "https://ref.gs1.org/cbv/SDT-"},
      {"urn:epcglobal:cbv:er:", "https://ref.gs1.org/cbv/ER-"}};

  /** The longest number, as written or in plain notation, that is canonicalised. */
  static final int MAX_NUMBER_LENGTH = 400;
  private static final int LONGEST_KEPT = 200;
  private static final Cache<String, String> CANONICAL = Caffeine.newBuilder()
      .maximumWeight(8 << 20).weigher((String text, String form) -> text.length() + form.length()).build();

  private HashValues() {}

  /** Whether the standard field {@code name} holds a timestamp: its name says time but not offset. */
  static boolean isTime(String name) {
    return containsIgnoringCase(name, "time") && !containsIgnoringCase(name, "offset");
  }

  private static boolean containsIgnoringCase(String text, String part) {
    for (int i = 0; i + part.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, part, 0, part.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code text} as an instant in UTC, rounded half-up to the millisecond, with three fraction digits and
   * {@code Z}. Reads ISO 8601 as leniently as the reference's parser does for it (basic or extended,
   * {@code T}, {@code t} or a space, {@code +01}, {@code +0100} or {@code +01:00}); a time without an
   * offset is UTC, a date alone is its midnight; any other text is returned as is.
   */
  static String time(String text) {
    Matcher m = ISO_8601.matcher(text);
    if (!m.matches()) {
      return text;
    }
    try {
      String fraction = m.group(7) == null ? "" : m.group(7);
      int nanos = Integer.parseInt((fraction + "000000000").substring(0, 9));
      LocalDateTime local = LocalDateTime.of(parse(m.group(1)), parse(m.group(2)), parse(m.group(3)),
          parse(m.group(4)), parse(m.group(5)), parse(m.group(6)), nanos);
      int sign = "-".equals(m.group(9)) ? -1 : 1;
      ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * parse(m.group(10)), sign * parse(m.group(11)));
      long millis = (nanos + 500_000L) / 1_000_000L;
      return UTC_MILLIS.format(local.toInstant(offset).truncatedTo(ChronoUnit.SECONDS).plusMillis(millis));
    } catch (DateTimeException e) {
      return text;
    }
  }

  private static int parse(@Nullable String digits) {
    return digits == null ? 0 : Integer.parseInt(digits);
  }

  /** The canonical form of any other value: CBV URNs as Web URIs, then numbers, then Digital Link. */
  static String canonical(String text) {
    /*
     * Kept by text, as a supply chain names the same locations, classes and words in event after event
     * and reading an identifier takes several regular expressions; long texts (free text, sensor data)
     * are neither repeated nor cheap to keep.
     */
    return text.length() > LONGEST_KEPT ? canonicalForm(text) : CANONICAL.get(text, HashValues::canonicalForm);
  }

  private static String canonicalForm(String text) {
    String value = text;
    if (value.contains("urn:epcglobal:cbv:")) {
      for (String[] urn : CBV_URNS) {
        value = value.replace(urn[0], urn[1]);
      }
    }
    value = number(value);
    String link = CanonicalDigitalLink.of(value);
    return link == null ? value : link;
  }

  /**
   * A numeric {@code text} as Python's {@code Decimal} prints it after the reference's rounding: an
   * integral value without fraction ({@code 200.0} is {@code 200}, {@code 1E+3} stays so), any other
   * without trailing zeros and in plain notation. Leading zeros go too: {@code 0010} is {@code 10}.
   *
   * <p>Text of more than {@value #MAX_NUMBER_LENGTH} characters, or whose plain notation would run past
   * {@value #MAX_NUMBER_LENGTH} digits, stays as written: {@code "1e-999999999"} is twelve characters of
   * a document, but its plain notation a billion, enough to exhaust the heap the database shares.
   */
  static String number(String text) {
    String digits = text.indexOf('_') < 0 ? text : text.replace("_", "");
    if (digits.isEmpty() || digits.length() > MAX_NUMBER_LENGTH || "+-.0123456789".indexOf(digits.charAt(0)) < 0
        || !DECIMAL.matcher(digits).matches()) {
      return text;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(digits);
    } catch (NumberFormatException | ArithmeticException tooLarge) {
      return text;
    }
    if (Math.abs((long) value.scale()) > MAX_NUMBER_LENGTH) {
      return text;
    }
    if (value.signum() == 0) {
      // BigDecimal has no negative zero; Decimal keeps it, and its exponent.
      String zero = value.scale() > 0 ? "0" : value.toString();
      return digits.startsWith("-") ? "-" + zero : zero;
    }
    if (value.stripTrailingZeros().scale() > 0) {
      return value.stripTrailingZeros().toPlainString();
    }
    return value.scale() > 0 ? value.setScale(0).toPlainString() : value.toString();
  }

  /** A JSON fraction as Python's {@code repr(float)} prints it: the shortest digits, exponent past 1e16. */
  static String pythonFloat(double value) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    if (value == 0) {
      return 1 / value < 0 ? "-0.0" : "0.0";
    }
    BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    int exponent = shortest.precision() - shortest.scale() - 1;
    if (exponent >= -4 && exponent < 16) {
      String plain = shortest.toPlainString();
      return plain.contains(".") ? plain : plain + ".0";
    }
    String digits = shortest.unscaledValue().abs().toString();
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    String sign = exponent < 0 ? "-" : "+";
    return (value < 0 ? "-" : "") + mantissa + "e" + sign + String.format("%02d", Math.abs(exponent));
  }

  /** Python's {@code str.strip()}: it also removes no-break and other Unicode spaces. */
  static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }
}
