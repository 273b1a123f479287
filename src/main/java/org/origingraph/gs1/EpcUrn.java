package org.origingraph.gs1;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An EPC URN (GS1 EPC Tag Data Standard) for what a {@link DigitalLink} identifies: the pure identities
 * {@code sgtin} (GTIN + serial), {@code sgln} (location GLN, with or without extension), {@code sscc}
 * and {@code pgln} (party GLN); the {@code lgtin} class (GTIN + lot); and, for a GTIN alone, the pattern
 * {@code urn:epc:idpat:sgtin:CP.IR.*} that EPCIS writes for every item and lot of a GTIN.
 *
 * <p>A URN writes the GS1 company prefix apart, so it carries a fact a Digital Link does not: the
 * company-prefix length. A URN that was read keeps the length it was written with; one made from a
 * Digital Link takes it from a {@link CompanyPrefixLengths} table. Immutable.
 *
 * @param link what the URN identifies, without data attributes
 * @param companyPrefixLength digits of the key that are the company prefix, 6 to 12
 */
public record EpcUrn(DigitalLink link, int companyPrefixLength) {

  /** The URNs {@link #recognize} claims: the URN forms of the GS1 keys a {@link DigitalLink} holds. */
  private static final Pattern CLAIMED = Pattern.compile("urn:epc:(?:id|class|idpat):(?:sgtin|lgtin|sgln|sscc|pgln):");

  /** The URN schemes this type reads and writes. */
  public enum Scheme {
    SGTIN("urn:epc:id:sgtin:"),
    LGTIN("urn:epc:class:lgtin:"),
    /** Every item and lot of one GTIN: {@code urn:epc:idpat:sgtin:CP.IR.*}. */
    GTIN_PATTERN("urn:epc:idpat:sgtin:"),
    SGLN("urn:epc:id:sgln:"),
    SSCC("urn:epc:id:sscc:"),
    PGLN("urn:epc:id:pgln:");

    private final String prefix;

    Scheme(String prefix) {
      this.prefix = prefix;
    }

    public String prefix() {
      return prefix;
    }
  }

  public EpcUrn {
    CompanyPrefixLengths.checkLength(companyPrefixLength);
    link = link.withoutAttributes();
    schemeOf(link);
  }

  /**
   * The URN of {@code link}, with the company-prefix length looked up in {@code lengths}.
   *
   * @throws InvalidIdentifierException if the link has no EPC URN: a GTIN with neither lot nor serial,
   *     with both, or with a consumer product variant
   */
  public static EpcUrn of(DigitalLink link, CompanyPrefixLengths lengths) {
    return new EpcUrn(link, lengths.lengthFor(link));
  }

  /**
   * Reads a URN of one of the {@link Scheme}s.
   *
   * @throws InvalidIdentifierException naming what is wrong; a key's wrong check digit cannot occur,
   *     since URNs carry none, but lots and serials are checked against GS1 rules
   */
  public static EpcUrn parse(String urn) {
    String text = urn.strip();
    for (Scheme scheme : Scheme.values()) {
      if (text.startsWith(scheme.prefix)) {
        return parse(urn, scheme, text.substring(scheme.prefix.length()));
      }
    }
    throw invalid(urn, "is not an sgtin, lgtin, sgln, sscc or pgln URN, nor an sgtin pattern of one GTIN");
  }

  /**
   * Reads {@code text} if it claims one of the GS1 keys this type knows: an EPC URN ({@code urn:epc:id:},
   * {@code class:} or {@code idpat:}) of scheme sgtin, lgtin, sgln, sscc or pgln. Made for fields that may
   * hold any URI (EPCIS identifiers): other URNs (GRAI, GIAI...) and other text give empty.
   *
   * @throws InvalidIdentifierException if it claims such a scheme but is malformed, including a pattern
   *     other than one GTIN's ({@code urn:epc:idpat:sgtin:CP.*.*}, {@code urn:epc:idpat:sscc:…})
   */
  public static Optional<EpcUrn> recognize(String text) {
    return text.startsWith("urn:epc:") && CLAIMED.matcher(text).lookingAt() ? Optional.of(parse(text)) : Optional.empty();
  }

  /** Which URN scheme this is. */
  public Scheme scheme() {
    return schemeOf(link);
  }

  @Override
  public String toString() {
    String key = link.key();
    int l = companyPrefixLength;
    return switch (scheme()) {
      case SGTIN -> Scheme.SGTIN.prefix + gtinParts(key, l) + "." + escape(link.serial().value());
      case LGTIN -> Scheme.LGTIN.prefix + gtinParts(key, l) + "." + escape(link.lot().value());
      case GTIN_PATTERN -> Scheme.GTIN_PATTERN.prefix + gtinParts(key, l) + ".*";
      case SGLN -> Scheme.SGLN.prefix + key.substring(0, l) + "." + key.substring(l, 12) + "."
          + (link.extension() == null ? "0" : escape(link.extension()));
      case PGLN -> Scheme.PGLN.prefix + key.substring(0, l) + "." + key.substring(l, 12);
      case SSCC -> Scheme.SSCC.prefix + key.substring(1, 1 + l) + "." + key.charAt(0) + key.substring(1 + l, 17);
    };
  }

  private static String gtinParts(String gtin, int l) {
    // The indicator digit moves behind the company prefix, in front of the item reference.
    return gtin.substring(1, 1 + l) + "." + gtin.charAt(0) + gtin.substring(1 + l, 13);
  }

  private static Scheme schemeOf(DigitalLink link) {
    return switch (link.keyType()) {
      case GLN -> {
        if ("0".equals(link.extension())) {
          throw invalid(link.toString(), "has GLN extension 0, which an SGLN URN writes for no extension");
        }
        yield Scheme.SGLN;
      }
      case PARTY_GLN -> Scheme.PGLN;
      case SSCC -> Scheme.SSCC;
      case GTIN -> {
        if (link.variant() != null || link.lot() != null && link.serial() != null) {
          throw invalid(link.toString(), "has no EPC URN; one needs a GTIN with a serial (sgtin), a lot (lgtin) or neither (pattern)");
        }
        yield link.serial() != null ? Scheme.SGTIN : link.lot() != null ? Scheme.LGTIN : Scheme.GTIN_PATTERN;
      }
      default -> throw new IllegalStateException();
    };
  }

  private static EpcUrn parse(String urn, Scheme scheme, String body) {
    int expectedParts = switch (scheme) {
      case SGTIN, LGTIN, GTIN_PATTERN, SGLN -> 3;
      case SSCC, PGLN -> 2;
    };
    String[] parts = body.split("\\.", expectedParts);
    if (parts.length != expectedParts) {
      throw invalid(urn, "must have " + expectedParts + " dot-separated parts after '" + scheme.prefix + "'");
    }
    String companyPrefix = digits(urn, parts[0], "company prefix");
    int l = companyPrefix.length();
    if (l < CompanyPrefixLengths.MIN || l > CompanyPrefixLengths.MAX) {
      throw invalid(urn, "has a company prefix of " + l + " digits; GS1 assigns " + CompanyPrefixLengths.MIN
          + " to " + CompanyPrefixLengths.MAX);
    }
    // A 12-digit company prefix leaves a GLN's reference empty ("0614141123451..0"): allowed by TDS.
    String reference = parts[1].isEmpty() ? "" : digits(urn, parts[1], "reference");
    DigitalLink link = switch (scheme) {
      case SGTIN, LGTIN, GTIN_PATTERN -> {
        expectLength(urn, reference, 13 - l, "indicator and item reference");
        var gtin = new Gtin(CheckDigit.append(reference.charAt(0) + companyPrefix + reference.substring(1)));
        if (scheme == Scheme.GTIN_PATTERN) {
          if (!parts[2].equals("*")) {
            throw invalid(urn, "must end in '.*': a pattern of one GTIN stands for all its serials");
          }
          yield DigitalLink.of(gtin);
        }
        String attribute = unescape(urn, parts[2]);
        yield scheme == Scheme.SGTIN ? DigitalLink.of(gtin, null, new Serial(attribute)) : DigitalLink.of(gtin, new Lot(attribute));
      }
      case SGLN -> {
        expectLength(urn, reference, 12 - l, "location reference");
        var gln = new Gln(CheckDigit.append(companyPrefix + reference));
        // TDS writes "0" for a location without extension.
        yield parts[2].equals("0") ? DigitalLink.of(gln, false) : DigitalLink.of(gln, unescape(urn, parts[2]));
      }
      case PGLN -> {
        expectLength(urn, reference, 12 - l, "party reference");
        yield DigitalLink.of(new Gln(CheckDigit.append(companyPrefix + reference)), true);
      }
      case SSCC -> {
        expectLength(urn, reference, 17 - l, "extension digit and serial reference");
        yield DigitalLink.of(new Sscc(CheckDigit.append(reference.charAt(0) + companyPrefix + reference.substring(1))));
      }
    };
    return new EpcUrn(link, l);
  }

  private static String digits(String urn, String part, String name) {
    if (part.isEmpty() || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw invalid(urn, "has a " + name + " '" + part + "' that is not all digits");
    }
    return part;
  }

  private static void expectLength(String urn, String part, int length, String name) {
    if (part.length() != length) {
      throw invalid(urn, "must have " + length + " digits of " + name + " after its company prefix, not " + part.length());
    }
  }

  // Tag Data Standard: in URNs these characters of set 82 are escaped, all others written as is.
  private static String escape(String value) {
    var out = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"', '%', '&', '/', '<', '>', '?' -> out.append('%').append(String.format("%02X", (int) c));
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String unescape(String urn, String value) {
    try {
      return PercentEncoding.decode(IdentifierKind.EPC_URN, value);
    } catch (InvalidIdentifierException e) {
      throw invalid(urn, "has a '%' not followed by two hex digits");
    }
  }

  private static InvalidIdentifierException invalid(String urn, String problem) {
    return new InvalidIdentifierException(IdentifierKind.EPC_URN, urn, problem);
  }
}
