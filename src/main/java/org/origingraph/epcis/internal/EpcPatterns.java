package org.origingraph.epcis.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.origingraph.gs1.DigitalLink;

/**
 * Translates the values of the EPCIS {@code MATCH_} query parameters (EPC URIs, GS1 Digital Link URIs
 * and EPC pattern URIs such as {@code urn:epc:idpat:sgtin:0614141.107346.*}) into what the identifiers
 * stored on events can be compared with: whole identifiers in canonical form, or prefixes of it.
 * Stateless and thread-safe.
 *
 * <p>Events store GS1 keys in canonical Digital Link form ({@code https://id.gs1.org/01/{gtin}/21/{serial}}),
 * where the company prefix is not written apart as it is in a URN. Per scheme:
 * <ul>
 *   <li>SGTIN {@code CP.IR.*} fixes the GTIN: {@code …/01/{gtin}/21/}. A Digital Link with only a GTIN
 *       ({@code https://id.gs1.org/01/{gtin}}) is read as the same pattern, as GS1 treats the two alike
 *       for classes.
 *   <li>SGTIN {@code CP.*.*} fixes the digits after the indicator digit, which can be any of ten:
 *       {@code …/01/{d}{CP}} for d = 0…9, and {@code /21/} right after the 14-digit GTIN. SSCC {@code CP.*}
 *       likewise after the extension digit: {@code …/00/{d}{CP}}.
 *   <li>SGLN {@code CP.LR.*} and {@code CP.*.*}, PGLN {@code CP.*}: a GLN starts with its company prefix,
 *       {@code …/414/{gln}} and {@code …/414/{CP}} for locations, {@code …/417/{CP}} for parties, which
 *       GS1 gives their own Digital Link (AI 417).
 *   <li>Every other scheme (GRAI, GIAI, GDTI…) is stored as written, so its pattern becomes a prefix of
 *       the URN: {@code urn:epc:id:grai:CP.AT.}; for classes, of the pattern URN a quantity list names.
 * </ul>
 * A company prefix read from the digits after the indicator is exact because GS1 never assigns a
 * company prefix that begins with another one. A pattern without {@code *} is the EPC it spells.
 *
 * <p>For {@code MATCH_epcClass} ({@link Scope#CLASS}) an SGTIN pattern selects classes: {@code CP.IR.*}
 * the GTIN and all of its lots, {@code CP.*.*} every class of the company; an LGTIN whose lot is
 * {@code *} ({@code urn:epc:class:lgtin:CP.IR.*}) every lot of the GTIN; a lot that merely ends in
 * {@code .*} ({@code CP.IR.AB.*}) is that one lot. A class given for {@link Scope#INSTANCE} is refused,
 * as no EPC list holds one.
 */
public final class EpcPatterns {

  private static final String PATTERN = "urn:epc:idpat:";
  private static final String CLASS = "urn:epc:class:";
  private static final String LGTIN = CLASS + "lgtin:";
  private static final String GTIN_LINK = DigitalLink.GS1_RESOLVER + "/01/";
  private static final String SSCC_LINK = DigitalLink.GS1_RESOLVER + "/00/";
  private static final String GLN_LINK = DigitalLink.GS1_RESOLVER + "/414/";
  private static final String PARTY_LINK = DigitalLink.GS1_RESOLVER + "/417/";
  /** Where {@code /21/} follows the GTIN in a canonical SGTIN. */
  private static final int AFTER_GTIN = GTIN_LINK.length() + 14;
  /** The parts of each TDS scheme's EPC URN; the last may hold dots. */
  private static final Map<String, Integer> SCHEMES = Map.ofEntries(
      Map.entry("sgtin", 3), Map.entry("sscc", 2), Map.entry("sgln", 3), Map.entry("pgln", 2),
      Map.entry("grai", 3), Map.entry("giai", 2), Map.entry("gsrn", 2), Map.entry("gsrnp", 2),
      Map.entry("gdti", 3), Map.entry("cpi", 3), Map.entry("sgcn", 3), Map.entry("ginc", 2),
      Map.entry("gsin", 2), Map.entry("itip", 5), Map.entry("upui", 3), Map.entry("gid", 3),
      Map.entry("usdod", 2), Map.entry("adi", 3), Map.entry("bic", 1), Map.entry("imovn", 1));

  private EpcPatterns() {}

  /** Which identifiers a parameter looks at. */
  public enum Scope {
    /** Instance identifiers: {@code MATCH_epc}, {@code MATCH_anyEPC}. */
    INSTANCE,
    /** Classes of the quantity lists: {@code MATCH_epcClass}. */
    CLASS
  }

  /**
   * Stored identifiers that start with {@code prefix} and, at offset {@code at}, continue with
   * {@code infix} (empty when nothing more is required).
   */
  public record Prefix(String prefix, int at, String infix) {

    static Prefix of(String prefix) {
      return new Prefix(prefix, 0, "");
    }

    /** As a Cypher parameter. */
    public Map<String, Object> toMap() {
      return Map.of("prefix", prefix, "at", at, "infix", infix);
    }
  }

  /**
   * What one or more parameter values match: stored identifiers equal to one of {@code identifiers} or
   * matching one of {@code prefixes}.
   */
  public record Match(List<String> identifiers, List<Prefix> prefixes) {

    public Match {
      identifiers = List.copyOf(identifiers);
      prefixes = List.copyOf(prefixes);
    }

    static Match identifier(String canonical) {
      return new Match(List.of(canonical), List.of());
    }

    static Match prefixes(List<Prefix> prefixes) {
      return new Match(List.of(), prefixes);
    }

    /** All of {@code matches} together: a stored identifier matching any of them matches. */
    public static Match anyOf(List<Match> matches) {
      Set<String> identifiers = new LinkedHashSet<>();
      Set<Prefix> prefixes = new LinkedHashSet<>();
      for (Match match : matches) {
        identifiers.addAll(match.identifiers());
        prefixes.addAll(match.prefixes());
      }
      return new Match(List.copyOf(identifiers), List.copyOf(prefixes));
    }

    /** As a Cypher parameter. */
    public Map<String, Object> toMap() {
      return Map.of("identifiers", identifiers, "prefixes", prefixes.stream().map(Prefix::toMap).toList());
    }
  }

  /**
   * What the {@code MATCH_} value {@code value} matches.
   *
   * @throws IllegalArgumentException if it is a malformed pattern, a malformed identifier of a GS1 scheme,
   *     a class ({@code urn:epc:class:…}, a Digital Link with a lot) for {@link Scope#INSTANCE}, or one
   *     object (an SGTIN, SSCC, GLN or other {@code urn:epc:id:}) for {@link Scope#CLASS}
   */
  public static Match parse(String value, Scope scope) {
    if (value.startsWith(PATTERN)) {
      return pattern(value, scope);
    }
    if (scope == Scope.INSTANCE && value.startsWith(CLASS)) {
      throw aClass(value);
    }
    if (scope == Scope.CLASS && value.startsWith("urn:epc:id:")) {
      throw anInstance(value);
    }
    if (value.startsWith(LGTIN)) {
      // only a lot that is * as a whole means every lot: AB.* is a legal lot of its own
      String[] parts = value.substring(LGTIN.length()).split("\\.", 3);
      if (parts.length == 3 && parts[2].equals("*")) {
        if (!parts[0].matches("\\d{6,12}")) {
          throw invalid(value, "write urn:epc:class:lgtin:CompanyPrefix.ItemReference.* for every lot of a GTIN");
        }
        return Match.prefixes(List.of(Prefix.of(GTIN_LINK + gtin(value, parts[0], parts[1]) + "/10/")));
      }
    }
    Epc epc = EpcIdentifiers.parse(value);
    if (epc instanceof Epc.ItemClass c && c.lot() == null) {
      return gtinPattern(c.gtin(), scope);
    }
    if (scope == Scope.INSTANCE && epc instanceof Epc.ItemClass) {
      throw aClass(value);
    }
    if (scope == Scope.CLASS && (epc instanceof Epc.Item || epc instanceof Epc.Unit || epc instanceof Epc.Location)) {
      throw anInstance(value);
    }
    return Match.identifier(epc.canonical());
  }

  /**
   * The canonical form of {@code value} for parameters that compare whole identifiers
   * ({@code EQ_bizLocation}, {@code EQ_source_…}): GS1 keys as Digital Link, other URIs as written.
   *
   * @throws IllegalArgumentException if it is a pattern, or a malformed identifier of a GS1 scheme
   */
  public static String identifier(String value) {
    if (value.startsWith(PATTERN)) {
      throw new IllegalArgumentException(
          "'" + EpcIdentifiers.abbreviate(value) + "' is an EPC pattern; only the MATCH_ parameters take patterns");
    }
    return EpcIdentifiers.parse(value).canonical();
  }

  /**
   * The stored form of the business transaction id {@code value}, for {@code EQ_bizTransaction_…}: the
   * same lenient reading capture applies ({@link EventRows#canonical(String)}), so that an id is found
   * exactly when it equals a captured one. GS1 keys become canonical, so their URN and Digital Link
   * match each other; anything else, a URL that only looks like a Digital Link included, stays as written.
   * Never refuses a value: the standard asks for equality, and capture did not refuse it either.
   */
  public static String transactionId(String value) {
    return EventRows.canonical(value);
  }

  private static Match pattern(String value, Scope scope) {
    String body = value.substring(PATTERN.length());
    int colon = body.indexOf(':');
    String scheme = colon < 0 ? body : body.substring(0, colon);
    Integer size = SCHEMES.get(scheme);
    if (size == null || colon < 0) {
      throw invalid(value, "no EPC scheme '" + scheme + "'; known are " + String.join(", ", SCHEMES.keySet().stream().sorted().toList()));
    }
    String rest = body.substring(colon + 1);
    List<String> parts = Arrays.asList(rest.split("\\.", size));
    if (parts.size() != size) {
      throw invalid(value, "a " + scheme + " pattern has " + size + " parts separated by dots");
    }
    int fixed = parts.indexOf("*") < 0 ? size : parts.indexOf("*");
    for (int i = 0; i < size; i++) {
      boolean wildcard = parts.get(i).equals("*");
      if (wildcard != i >= fixed || !wildcard && parts.get(i).contains("*")) {
        throw invalid(value, "a * stands for a whole part, and only * may follow it, as in urn:epc:idpat:sgtin:0614141.107346.* "
            + "or urn:epc:idpat:sgtin:0614141.*.*");
      }
    }
    if (fixed == size) {
      try {
        return Match.identifier(identifier("urn:epc:id:" + scheme + ":" + rest));
      } catch (IllegalArgumentException e) {
        throw invalid(value, e.getMessage());
      }
    }
    String companyPrefix = parts.getFirst();
    if (fixed > 0 && List.of("sgtin", "sscc", "sgln", "pgln").contains(scheme) && !companyPrefix.matches("\\d{6,12}")) {
      throw invalid(value, "a company prefix has 6 to 12 digits, not '" + EpcIdentifiers.abbreviate(companyPrefix) + "'");
    }
    return switch (scheme) {
      case "sgtin" -> switch (fixed) {
        case 0 -> Match.prefixes(List.of(scope == Scope.INSTANCE ? new Prefix(GTIN_LINK, AFTER_GTIN, "/21/") : Prefix.of(GTIN_LINK)));
        case 1 -> Match.prefixes(afterLeadingDigit(GTIN_LINK, companyPrefix, scope == Scope.INSTANCE ? "/21/" : ""));
        default -> gtinPattern(gtin(value, companyPrefix, parts.get(1)), scope);
      };
      case "sscc" -> Match.prefixes(fixed == 0 ? List.of(Prefix.of(SSCC_LINK)) : afterLeadingDigit(SSCC_LINK, companyPrefix, ""));
      case "pgln" -> Match.prefixes(List.of(Prefix.of(fixed == 0 ? PARTY_LINK : PARTY_LINK + companyPrefix)));
      case "sgln" -> switch (fixed) {
        case 0 -> Match.prefixes(List.of(Prefix.of(GLN_LINK)));
        case 1 -> Match.prefixes(List.of(Prefix.of(GLN_LINK + companyPrefix)));
        default -> Match.prefixes(List.of(Prefix.of(
            GLN_LINK + read(value, "urn:epc:id:sgln:" + companyPrefix + "." + parts.get(1) + ".0", Epc.Location.class).gln())));
      };
      default -> {
        String start = (scope == Scope.INSTANCE ? "urn:epc:id:" : PATTERN) + scheme + ":";
        yield Match.prefixes(List.of(Prefix.of(fixed == 0 ? start : start + String.join(".", parts.subList(0, fixed)) + ".")));
      }
    };
  }

  /** {@code CP.IR.*} and a GTIN-only Digital Link: the items of the GTIN, or the GTIN and its lots. */
  private static Match gtinPattern(String gtin, Scope scope) {
    return Match.prefixes(List.of(Prefix.of(GTIN_LINK + gtin + (scope == Scope.INSTANCE ? "/21/" : ""))));
  }

  /** A key whose digits after its indicator or extension digit start with {@code companyPrefix}. */
  private static List<Prefix> afterLeadingDigit(String link, String companyPrefix, String infix) {
    List<Prefix> prefixes = new ArrayList<>();
    for (char digit = '0'; digit <= '9'; digit++) {
      prefixes.add(new Prefix(link + digit + companyPrefix, infix.isEmpty() ? 0 : AFTER_GTIN, infix));
    }
    return prefixes;
  }

  /** The GTIN of company prefix and item reference, read as the GTIN pattern URN that names them. */
  private static String gtin(String value, String companyPrefix, String itemReference) {
    return read(value, "urn:epc:idpat:sgtin:" + companyPrefix + "." + itemReference + ".*", Epc.ItemClass.class).gtin();
  }

  /**
   * {@code identifier}, which {@code value} names part by part, read as any identifier is, so that a
   * pattern's company prefix and reference obey the same rules; a refusal is the pattern's.
   */
  private static <T extends Epc> T read(String value, String identifier, Class<T> kind) {
    try {
      return kind.cast(EpcIdentifiers.parse(identifier));
    } catch (IllegalArgumentException e) {
      throw invalid(value, e.getMessage());
    }
  }

  /**
   * A class (an LGTIN, a Digital Link with a lot) where instances are matched: EPC lists never hold one,
   * so it would silently match nothing.
   */
  private static IllegalArgumentException aClass(String value) {
    return new IllegalArgumentException("'" + EpcIdentifiers.abbreviate(value)
        + "' is a class, which EPC lists never hold; use MATCH_epcClass (GraphQL: filter.epcClasses)");
  }

  private static IllegalArgumentException anInstance(String value) {
    return new IllegalArgumentException("'" + EpcIdentifiers.abbreviate(value)
        + "' is one object, which quantity lists never hold; use MATCH_epc (GraphQL: filter.epcs)");
  }

  private static IllegalArgumentException invalid(String value, String problem) {
    return new IllegalArgumentException("'" + EpcIdentifiers.abbreviate(value) + "' is not an EPC pattern: " + problem);
  }
}
