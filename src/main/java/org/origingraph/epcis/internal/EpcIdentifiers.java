package org.origingraph.epcis.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.origingraph.gs1.CheckDigit;
import org.origingraph.gs1.Gln;
import org.origingraph.gs1.Gtin;
import org.origingraph.gs1.Lot;
import org.origingraph.gs1.Sscc;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

/**
 * Reads EPC URNs ({@code urn:epc:id:sgtin:…}, {@code urn:epc:class:lgtin:…}, {@code urn:epc:idpat:sgtin:…},
 * {@code urn:epc:id:sgln:…}, {@code urn:epc:id:pgln:…}, {@code urn:epc:id:sscc:…}) and GS1 Digital Link
 * URIs ({@code https://id.gs1.org/01/…/10/…/21/…}, {@code /00/}, {@code /414/}, {@code /417/}).
 *
 * <p>Kept inside the epcis module on purpose: the gs1 module is getting a full EPC/Digital Link
 * converter on another branch, and this small reader can then be replaced by it. A URN of a known
 * scheme that does not have the right shape, or a Digital Link key with a wrong check digit, is an
 * {@link IllegalArgumentException} (GS1's {@code InvalidIdentifierException} is one): a producer
 * sending it has a bug we should report, not hide. Thread-safe.
 */
public final class EpcIdentifiers {

  private static final Pattern SGTIN = Pattern.compile("urn:epc:id:sgtin:(\\d{6,12})\\.(\\d{1,7})\\.(.+)");
  private static final Pattern LGTIN = Pattern.compile("urn:epc:class:lgtin:(\\d{6,12})\\.(\\d{1,7})\\.(.+)");
  private static final Pattern GTIN_PATTERN = Pattern.compile("urn:epc:idpat:sgtin:(\\d{6,12})\\.(\\d{1,7})\\.\\*");
  private static final Pattern SSCC = Pattern.compile("urn:epc:id:sscc:(\\d{6,12})\\.(\\d{5,11})");
  private static final Pattern SGLN = Pattern.compile("urn:epc:id:sgln:(\\d{6,12})\\.(\\d{0,6})\\.(.*)");
  private static final Pattern PGLN = Pattern.compile("urn:epc:id:pgln:(\\d{6,12})\\.(\\d{0,6})");
  private static final Pattern DIGITAL_LINK = Pattern.compile("https?://[^/]+(?:/[^?#]*?)??/(01|00|414|417)/([^/?#]+)(/[^?#]*)?(?:[?#].*)?");

  /*
   * Identifiers already read, by text. A capture reads each identifier of an event up to three times
   * (validation, graph plan, stored properties) and a supply chain repeats its locations and classes in
   * event after event; reading is a pure function of the text and far dearer than a lookup. Only GS1
   * identifiers of ordinary length are kept, weighed by length, so that long or one-off texts (free-text
   * URIs, a reader's query values) neither take much memory nor push out the ones that repeat. Refusals
   * are not kept: they are rare, and each must still be reported.
   */
  private static final int LONGEST_KEPT = 200;
  private static final Cache<String, Epc> PARSED = Caffeine.newBuilder()
      .maximumWeight(8 << 20).weigher((String text, Epc epc) -> text.length()).build();

  private EpcIdentifiers() {}

  /**
   * Reads {@code text}.
   *
   * @throws IllegalArgumentException if it claims a GS1 scheme but is malformed or fails its check digit
   */
  public static Epc parse(String text) {
    Epc known = PARSED.getIfPresent(text);
    if (known != null) {
      return known;
    }
    Epc parsed = read(text);
    if (text.length() <= LONGEST_KEPT && !(parsed instanceof Epc.Other)) {
      PARSED.put(text, parsed);
    }
    return parsed;
  }

  private static Epc read(String text) {
    if (text.startsWith("urn:epc:")) {
      return urn(text);
    }
    if (text.startsWith("http://") || text.startsWith("https://")) {
      Matcher m = DIGITAL_LINK.matcher(text);
      if (m.matches()) {
        return digitalLink(text, m.group(1), decode(m.group(2)), m.group(3) == null ? "" : m.group(3));
      }
    }
    return new Epc.Other(text);
  }

  private static Epc urn(String text) {
    Matcher m;
    if ((m = SGTIN.matcher(text)).matches()) {
      return new Epc.Item(text, gtin(text, m.group(1), m.group(2)), decode(m.group(3)));
    }
    if ((m = LGTIN.matcher(text)).matches()) {
      return new Epc.ItemClass(text, gtin(text, m.group(1), m.group(2)), Lot.parse(decode(m.group(3))).value());
    }
    if ((m = GTIN_PATTERN.matcher(text)).matches()) {
      return new Epc.ItemClass(text, gtin(text, m.group(1), m.group(2)), null);
    }
    if ((m = SSCC.matcher(text)).matches()) {
      String cp = m.group(1);
      String ref = m.group(2);
      requireLength(text, cp.length() + ref.length(), 17);
      return new Epc.Unit(text, Sscc.parse(CheckDigit.append(ref.charAt(0) + cp + ref.substring(1))).value());
    }
    if ((m = SGLN.matcher(text)).matches()) {
      return new Epc.Location(text, gln(text, m.group(1), m.group(2)), m.group(3));
    }
    if ((m = PGLN.matcher(text)).matches()) {
      return new Epc.Location(text, gln(text, m.group(1), m.group(2)), null);
    }
    if (text.matches("urn:epc:(id|class|idpat):(sgtin|lgtin|sscc|sgln|pgln):.*")) {
      throw new IllegalArgumentException("'" + abbreviate(text) + "' is not a well-formed EPC URN");
    }
    return new Epc.Other(text);
  }

  private static Epc digitalLink(String text, String ai, String key, String rest) {
    return switch (ai) {
      case "01" -> {
        String gtin = Gtin.parse(key).value();
        String lot = qualifier(rest, "10");
        String serial = qualifier(rest, "21");
        if (serial != null) {
          yield new Epc.Item(text, gtin, serial);
        }
        yield new Epc.ItemClass(text, gtin, lot == null ? null : Lot.parse(lot).value());
      }
      case "00" -> new Epc.Unit(text, Sscc.parse(key).value());
      default -> new Epc.Location(text, Gln.parse(key).value(), "414".equals(ai) ? qualifier(rest, "254") : null);
    };
  }

  private static String gtin(String text, String companyPrefix, String itemReference) {
    requireLength(text, companyPrefix.length() + itemReference.length(), 13);
    return Gtin.parse(CheckDigit.append(itemReference.charAt(0) + companyPrefix + itemReference.substring(1))).value();
  }

  private static String gln(String text, String companyPrefix, String locationReference) {
    requireLength(text, companyPrefix.length() + locationReference.length(), 12);
    return Gln.parse(CheckDigit.append(companyPrefix + locationReference)).value();
  }

  private static void requireLength(String text, int actual, int expected) {
    if (actual != expected) {
      throw new IllegalArgumentException(
          "'" + abbreviate(text) + "' has " + actual + " digits in its company prefix and reference; " + expected + " digits are needed");
    }
  }

  private static @Nullable String qualifier(String path, String ai) {
    String[] parts = path.split("/");
    for (int i = 1; i + 1 < parts.length; i += 2) {
      if (parts[i].equals(ai)) {
        return decode(parts[i + 1]);
      }
    }
    return null;
  }

  private static String decode(String part) {
    return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** {@code value} cut to 60 characters for a message: a refused value may be of any length. */
  public static String abbreviate(String value) {
    return value.length() <= 60 ? value : value.substring(0, 60) + "…";
  }
}
