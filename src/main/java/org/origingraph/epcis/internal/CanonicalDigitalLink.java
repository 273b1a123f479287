package org.origingraph.epcis.internal;

import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import org.origingraph.gs1.CheckDigit;
import org.origingraph.gs1.DigitalLink;
import org.jspecify.annotations.Nullable;

/**
 * The constrained canonical GS1 Digital Link of an identifier, as the CBV 2.0 event hash writes it:
 * {@code https://id.gs1.org}, the primary key by its numeric AI, only the finest level of identification
 * (a serial drops the lot, CPV is dropped), no query string.
 *
 * <p>Reads every EPC URN of the EPC Tag Data Standard that maps to a GS1 key (pure identity, LGTIN class
 * and ID pattern URNs) and any Digital Link URI, whatever its domain, short names or qualifiers.
 * It follows GS1's reference implementation of the event hash rather than the full Digital Link grammar,
 * including where the two part (a GRAI URN with a 12-digit company prefix is not converted there, so
 * not here either): the point is the same hash, not a second opinion. Check digits are computed, not
 * verified. Stateless and thread-safe.
 */
final class CanonicalDigitalLink {

  private static final String ID = DigitalLink.GS1_RESOLVER;
  /** A character of an EPC URN serial: GS1 AI encodable set 82, escaped where URNs demand it. */
  private static final String URN_CHAR = "<urn>";
  private static final String URN_PLAIN = "[!')(*+,.0-9:;=A-Za-z_-]";
  private static final String URN_ESCAPED = "(?:%2[125-9A-Fa-f]|%3[0-9A-Fa-f]|%4[1-9A-Fa-f]|%5[0-9AaFf]|%6[1-9A-Fa-f]|%7[0-9Aa]|"
      + URN_PLAIN + ")";
  /** A character of a CPI component/part reference (set 39). */
  private static final String CPI_CHAR = "<cpi>";
  private static final String CPI_PLAIN = "[0-9A-Z-]";
  private static final String CPI_ESCAPED = "(?:%2[3dfDF]|%3[0-9]|%4[1-9A-Fa-f]|%5[0-9Aa]|" + CPI_PLAIN + ")";
  /** A character a canonical Digital Link value may hold unescaped; anything else is not canonical. */
  private static final String DL_CHAR = "[\\x22\\x27\\x2D\\x2E\\x30-\\x39\\x3B-\\x3F\\x41-\\x5A\\x5F\\x61-\\x7A]";
  private static final String KEY_AIS = "01|8006|8010|414|417|8017|8018|255|00|253|401|402|8003|8004";
  /** Path segments that name a primary key, by AI or by short name. */
  private static final Set<String> KEY_SEGMENTS =
      Set.of((KEY_AIS + "|gtin|itip|cpid|gln|party|gsrnp|gsrn|gcn|sscc|gdti|ginc|gsin|grai|giai").split("\\|"));
  private static final Pattern COMPRESSED = Pattern.compile("https?:(?://[^/?#]*)?/[A-Za-z_-]{10}$");
  private static final Pattern ON_ID_GS1 = Pattern.compile("https://id\\.gs1\\.org/(?:" + KEY_AIS + ")/\\d{4}[^/]+");
  private static final String[][] SHORT_NAMES = {{"/gtin/", "/01/"}, {"/itip/", "/8006/"}, {"/cpid/", "/8010/"},
      {"/gln/", "/414/"}, {"/party/", "/417/"}, {"/gsrnp/", "/8017/"}, {"/gsrn/", "/8018/"}, {"/gcn/", "/255/"},
      {"/sscc/", "/00/"}, {"/gdti/", "/253/"}, {"/ginc/", "/401/"}, {"/gsin/", "/402/"}, {"/grai/", "/8003/"},
      {"/giai/", "/8004/"}, {"/cpv/", "/22/"}, {"/lot/", "/10/"}, {"/ser/", "/21/"}};
  /** Where a Digital Link on another domain is rebased: the first of these AIs found in it. */
  private static final List<String> REBASE_ORDER =
      List.of("00", "01", "253", "255", "401", "402", "414", "417", "8003", "8004", "8006", "8010", "8017", "8018");
  private static final String ITEM = Pattern.quote(ID) + "/(?:8006/\\d{18}|01/\\d{14})";
  /** A CPV as the last qualifier, or followed by others (within 20 characters, slashes included). */
  private static final Pattern CPV_LAST = Pattern.compile(ITEM + "/22/" + DL_CHAR + "{0,20}");
  private static final Pattern CPV_INNER = Pattern.compile(ITEM + "/22/(?:/|" + DL_CHAR + "){0,20}");
  private static final Pattern LOT_AND_SERIAL = Pattern.compile(ITEM + "/10/" + DL_CHAR + "{0,20}/21/" + DL_CHAR + "{0,20}");
  private static final String CPI_DL = "[\\x23\\x2D\\x2F\\x30-\\x39\\x41-\\x5A]{0,30}";
  /** The shapes a canonical Digital Link may take; anything else is not one. */
  private static final Pattern CANONICAL = Pattern.compile(Pattern.quote(ID + "/") + "(?:" + String.join("|", List.of(
      "00/\\d{18}", "01/\\d{14}/21/" + DL_CHAR + "{0,20}", "01/\\d{14}/10/" + DL_CHAR + "{0,20}", "01/\\d{14}",
      "01/\\d{14}/235/" + DL_CHAR + "{0,28}", "253/\\d{13}" + DL_CHAR + "{0,17}", "255/\\d{13}\\d{0,12}",
      "401/" + DL_CHAR + "{0,30}", "402/\\d{17}", "414/\\d{13}", "414/\\d{13}/254/" + DL_CHAR + "{0,20}", "417/\\d{13}",
      "8003/\\d{14}" + DL_CHAR + "{0,16}", "8004/" + DL_CHAR + "{0,30}", "8006/\\d{18}/21/" + DL_CHAR + "{0,20}",
      "8006/\\d{18}/10/" + DL_CHAR + "{0,20}", "8006/\\d{18}", "8010/" + CPI_DL + "/8011/\\d{0,12}", "8010/" + CPI_DL,
      "8017/\\d{18}", "8018/\\d{18}")) + ")");

  /**
   * An EPC URN: its scheme prefix, the shape of what follows, and the Digital Link it stands for. A URN
   * without escapes is matched against a plain character class: Java's regex engine recurses once per
   * repetition of an alternation, and most URNs have no {@code %}.
   */
  private record Urn(String prefix, Pattern plain, Pattern escaped, Function<Parts, String> link) {

    Urn(String prefix, String shape, Function<Parts, String> link) {
      this(prefix, Pattern.compile(Pattern.quote(prefix) + shape.replace(URN_CHAR, URN_PLAIN).replace(CPI_CHAR, CPI_PLAIN)),
          Pattern.compile(Pattern.quote(prefix) + shape.replace(URN_CHAR, URN_ESCAPED).replace(CPI_CHAR, CPI_ESCAPED)), link);
    }

    boolean matches(String text) {
      return text.startsWith(prefix) && (text.indexOf('%') < 0 ? plain : escaped).matcher(text).matches();
    }
  }

  /** A matched URN: {@code cp} the company prefix, {@code dot} where it ends, {@code at} counted from the prefix. */
  private record Parts(String uri, int start, int dot) {

    String cp() {
      return uri.substring(start, dot);
    }

    /** The reference that completes the company prefix to {@code digits}. */
    String ref(int digits) {
      return uri.substring(dot + 1, dot + 1 + digits - cp().length());
    }

    String afterDot() {
      return uri.substring(dot + 1);
    }

    String at(int from) {
      return uri.substring(start + from);
    }

    String at(int from, int to) {
      return uri.substring(start + from, start + to);
    }

    String gtin() {
      String item = ref(13);
      return withCheck(item.charAt(0) + cp() + item.substring(1));
    }
  }

  private static final String KEY13 = prefixed(n -> "\\d{" + (13 - n) + "}");
  private static final String KEY12 = prefixed(n -> "\\d{" + (12 - n) + "}");
  /** A 12-digit company prefix leaves the reference empty; these URNs then carry a second dot. */
  private static final String KEY12_DOTTED = prefixed(n -> n == 12 ? "\\." : "\\d{" + (12 - n) + "}");
  private static final List<Urn> URNS = List.of(
      new Urn("urn:epc:id:sgtin:", KEY13 + "\\." + URN_CHAR + "{1,20}", u -> "/01/" + u.gtin() + "/21/" + escape(u.at(15))),
      new Urn("urn:epc:id:sscc:", prefixed(n -> "\\d{" + (17 - n) + "}"),
          u -> "/00/" + withCheck(u.afterDot().charAt(0) + u.cp() + u.afterDot().substring(1))),
      new Urn("urn:epc:id:sgln:", KEY12 + "\\." + URN_CHAR + "{1,20}", u -> "/414/" + withCheck(u.cp() + u.ref(12))
          + (u.at(14).equals("0") ? "" : "/254/" + escape(u.at(14)))),
      new Urn("urn:epc:id:grai:", KEY12_DOTTED + "\\." + URN_CHAR + "{1,16}",
          u -> "/8003/" + withCheck("0" + u.cp() + u.ref(12)) + escape(u.at(14))),
      new Urn("urn:epc:id:giai:", prefixed(n -> URN_CHAR + "{1," + (30 - n) + "}"), u -> "/8004/" + u.cp() + escape(u.afterDot())),
      new Urn("urn:epc:id:gsrn:", prefixed(n -> "\\d{" + (17 - n) + "}"), u -> "/8018/" + withCheck(u.cp() + u.afterDot())),
      new Urn("urn:epc:id:gsrnp:", prefixed(n -> "\\d{" + (17 - n) + "}"), u -> "/8017/" + withCheck(u.cp() + u.afterDot())),
      new Urn("urn:epc:id:gdti:", KEY12_DOTTED + URN_CHAR + "{1,20}", u -> "/253/" + withCheck(u.cp() + u.ref(12)) + escape(u.at(14))),
      new Urn("urn:epc:id:cpi:", prefixed(n -> CPI_CHAR + "{1," + (30 - n) + "}") + "\\.\\d{1,12}",
          u -> "/8010/" + escape(u.cp() + cpiPart(u)) + "/8011/" + u.uri().substring(u.uri().lastIndexOf('.') + 1)),
      new Urn("urn:epc:id:sgcn:", KEY12 + "\\.\\d{1,12}", u -> "/255/" + withCheck(u.cp() + u.ref(12)) + u.at(14)),
      new Urn("urn:epc:id:ginc:", prefixed(n -> URN_CHAR + "{1," + (30 - n) + "}"), u -> "/401/" + u.cp() + escape(u.afterDot())),
      new Urn("urn:epc:id:gsin:", prefixed(n -> "\\d{" + (16 - n) + "}"), u -> "/402/" + withCheck(u.cp() + u.afterDot())),
      new Urn("urn:epc:id:itip:", KEY13 + "\\.\\d{2}\\.\\d{2}\\." + URN_CHAR + "{1,20}",
          u -> "/8006/" + u.gtin() + u.at(15, 17) + u.at(18, 20) + "/21/" + escape(u.at(21))),
      new Urn("urn:epc:id:upui:", KEY13 + "\\." + URN_CHAR + "{1,28}", u -> "/01/" + u.gtin() + "/235/" + escape(u.at(15))),
      new Urn("urn:epc:id:pgln:", KEY12, u -> "/417/" + withCheck(u.cp() + u.ref(12))),
      new Urn("urn:epc:class:lgtin:", KEY13 + "\\." + URN_CHAR + "{1,20}", u -> "/01/" + u.gtin() + "/10/" + escape(u.at(15))),
      new Urn("urn:epc:idpat:sgtin:", KEY13 + "\\.\\*", u -> "/01/" + u.gtin()),
      new Urn("urn:epc:idpat:grai:", KEY12_DOTTED + "\\.\\*", u -> "/8003/" + withCheck("0" + u.cp() + u.ref(12))),
      new Urn("urn:epc:idpat:gdti:", KEY12_DOTTED + "\\.\\*", u -> "/253/" + withCheck(u.cp() + u.ref(12))),
      new Urn("urn:epc:idpat:sgcn:", KEY12_DOTTED + "\\.\\*", u -> "/255/" + withCheck(u.cp() + u.ref(12))),
      new Urn("urn:epc:idpat:cpi:", prefixed(n -> CPI_CHAR + "{1," + (30 - n) + "}") + "\\.\\*",
          u -> "/8010/" + escape(u.cp() + cpiPart(u))),
      new Urn("urn:epc:idpat:itip:", KEY13 + "\\.\\d{2}\\.\\d{2}\\.\\*", u -> "/8006/" + u.gtin() + u.at(15, 17) + u.at(18, 20)),
      new Urn("urn:epc:idpat:upui:", KEY13 + "\\.\\*", u -> "/01/" + u.gtin()));

  private CanonicalDigitalLink() {}

  /** The canonical Digital Link of {@code text}, or {@code null} if it is no GS1 identifier in a known form. */
  static @Nullable String of(String text) {
    if (text.indexOf('.') < 0) {
      return null;
    }
    for (Urn urn : text.startsWith("urn:epc:") ? URNS : List.<Urn>of()) {
      if (urn.matches(text)) {
        return ID + urn.link().apply(new Parts(text, urn.prefix().length(), text.indexOf('.')));
      }
    }
    return webUri(text);
  }

  private static @Nullable String webUri(String text) {
    if (!looksLikeDigitalLink(text)) {
      return null;
    }
    String uri = text.indexOf('?') < 0 ? text : text.substring(0, text.indexOf('?'));
    for (String[] name : SHORT_NAMES) {
      uri = uri.replace(name[0], name[1]);
    }
    if (!ON_ID_GS1.matcher(uri).lookingAt()) {
      for (String ai : REBASE_ORDER) {
        int at = uri.indexOf("/" + ai + "/");
        if (at >= 0) {
          uri = ID + uri.substring(at);
          break;
        }
      }
    }
    uri = padGtin(uri);
    int cpv = uri.indexOf("/22/");
    if (CPV_LAST.matcher(uri).matches()) {
      uri = uri.substring(0, cpv);
    } else if (CPV_INNER.matcher(uri).matches()) {
      uri = uri.substring(0, cpv) + uri.substring(uri.indexOf('/', cpv + 4));
    }
    if (LOT_AND_SERIAL.matcher(uri).matches()) {
      int lot = uri.indexOf("/10/");
      uri = uri.substring(0, lot) + uri.substring(uri.indexOf('/', lot + 4));
    }
    return CANONICAL.matcher(uri).matches() ? uri : null;
  }

  /**
   * Whether {@code text} is an http(s) URI with a primary key segment ({@code /01/} or {@code /gtin/} and so
   * on, then four digits) before any query or fragment, or a compressed Digital Link.
   */
  private static boolean looksLikeDigitalLink(String text) {
    int start = text.startsWith("https:") ? 6 : text.startsWith("http:") ? 5 : -1;
    if (start < 0) {
      return false;
    }
    int end = text.length();
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == '?' || text.charAt(i) == '#') {
        end = i;
      }
    }
    for (int slash = text.indexOf('/', start); slash >= 0 && slash < end; slash = text.indexOf('/', slash + 1)) {
      int next = text.indexOf('/', slash + 1);
      if (next > 0 && KEY_SEGMENTS.contains(text.substring(slash + 1, next)) && keyValueAt(text, next + 1)) {
        return true;
      }
    }
    return text.length() > 11 && text.charAt(text.length() - 11) == '/' && COMPRESSED.matcher(text).lookingAt();
  }

  /** Four digits and at least one more character before the next slash. */
  private static boolean keyValueAt(String text, int at) {
    if (at + 5 > text.length() || text.charAt(at + 4) == '/') {
      return false;
    }
    for (int i = at; i < at + 4; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** GTIN-8, -12 and -13 as GTIN-14 (as the reference counts: 9 to 11 digits get the GTIN-8 padding). */
  private static String padGtin(String uri) {
    String head = ID + "/01/";
    if (!uri.startsWith(head)) {
      return uri;
    }
    int digits = 0;
    while (head.length() + digits < uri.length() && isDigit(uri.charAt(head.length() + digits))) {
      digits++;
    }
    int zeros = digits >= 14 || digits < 8 ? 0 : digits == 13 ? 1 : digits == 12 ? 2 : 6;
    return zeros == 0 ? uri : uri.replace("/01/", "/01/" + "0".repeat(zeros));
  }

  /** A company prefix of 6 to 12 digits, a dot, then what a prefix of that length leaves. */
  private static String prefixed(IntFunction<String> rest) {
    StringJoiner any = new StringJoiner("|", "(?:", ")");
    for (int n = 6; n <= 12; n++) {
      any.add("\\d{" + n + "}\\." + rest.apply(n));
    }
    return any.toString();
  }

  private static String cpiPart(Parts u) {
    return u.uri().substring(u.dot() + 1, u.uri().lastIndexOf('.'));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String withCheck(String digits) {
    return CheckDigit.append(digits);
  }

  /** Digital Link needs these escaped; EPC URNs allow them bare. */
  private static String escape(String value) {
    return value.replace("!", "%21").replace("(", "%28").replace(")", "%29").replace("*", "%2A")
        .replace("+", "%2B").replace(",", "%2C").replace(":", "%3A");
  }
}
