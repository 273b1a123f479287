package org.origingraph.gs1;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * A GS1 Digital Link URI in its canonical, domain-independent form: a primary key, its key qualifiers
 * (a GTIN's consumer product variant, lot and serial; a location GLN's extension) and data attributes
 * from the query string.
 *
 * <p>Equal links identify the same thing whatever domain, GTIN length or percent-encoding they were
 * written with. Query parameters that are not numeric AIs ({@code linkType}, {@code lang}...) are
 * requests to a resolver, not part of the identity, and are not kept. Immutable.
 *
 * @param keyType which primary key: GTIN, GLN, party GLN or SSCC
 * @param key the primary key in canonical form (GTIN-14, 13-digit GLN, 18-digit SSCC)
 * @param variant AI 22, only with a GTIN
 * @param lot AI 10, only with a GTIN
 * @param serial AI 21, only with a GTIN
 * @param extension AI 254, a part of the location (a dock, a room), only with a location GLN (414)
 * @param attributes data attributes by AI code, e.g. {@code 17 -> 270302}; ordered by AI
 */
public record DigitalLink(
    ApplicationIdentifier keyType,
    String key,
    @Nullable String variant,
    @Nullable Lot lot,
    @Nullable Serial serial,
    @Nullable String extension,
    SortedMap<String, String> attributes) {

  /**
   * GS1's own resolver, the domain on which canonical Digital Links are written wherever one URI must
   * stand for an identifier whoever wrote it (stored EPCIS identifiers, the CBV event hash).
   */
  public static final String GS1_RESOLVER = "https://id.gs1.org";

  /** Longer input is refused before any parsing: no real link comes near it. */
  static final int MAX_LENGTH = 2048;

  /** The most characters AI 254 allows. */
  static final int MAX_EXTENSION_LENGTH = 20;

  public DigitalLink {
    if (keyType.role() != ApplicationIdentifier.Role.PRIMARY_KEY) {
      throw new IllegalArgumentException("AI " + keyType.code() + " is not a primary key");
    }
    key = switch (keyType) {
      case GTIN -> new Gtin(key).value();
      case GLN, PARTY_GLN -> new Gln(key).value();
      case SSCC -> new Sscc(key).value();
      default -> throw new IllegalStateException();
    };
    if (keyType != ApplicationIdentifier.GTIN && (variant != null || lot != null || serial != null)) {
      throw new InvalidIdentifierException(
          IdentifierKind.DIGITAL_LINK, key, "has lot, serial or variant qualifiers, which only a GTIN (01) can have");
    }
    if (extension != null) {
      if (keyType != ApplicationIdentifier.GLN) {
        throw new InvalidIdentifierException(
            IdentifierKind.DIGITAL_LINK, key, "has a GLN extension (254), which only a location GLN (414) can have");
      }
      Charset82.check(IdentifierKind.GLN_EXTENSION, extension, MAX_EXTENSION_LENGTH);
    }
    if (variant != null) {
      Charset82.check(IdentifierKind.CONSUMER_PRODUCT_VARIANT, variant, 20);
    }
    attributes.forEach(DigitalLink::checkAttribute);
    attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
  }

  /** The link of a trade item (all its lots). */
  public static DigitalLink of(Gtin gtin) {
    return new DigitalLink(ApplicationIdentifier.GTIN, gtin.value(), null, null, null, null, new TreeMap<>());
  }

  /** The link of one lot of a trade item. */
  public static DigitalLink of(Gtin gtin, Lot lot) {
    return new DigitalLink(ApplicationIdentifier.GTIN, gtin.value(), null, lot, null, null, new TreeMap<>());
  }

  /** The link of one individual item, with or without its lot. */
  public static DigitalLink of(Gtin gtin, @Nullable Lot lot, Serial serial) {
    return new DigitalLink(ApplicationIdentifier.GTIN, gtin.value(), null, lot, serial, null, new TreeMap<>());
  }

  /** The link of a location ({@code party == false}, AI 414) or a party (AI 417). */
  public static DigitalLink of(Gln gln, boolean party) {
    return new DigitalLink(
        party ? ApplicationIdentifier.PARTY_GLN : ApplicationIdentifier.GLN, gln.value(), null, null, null, null, new TreeMap<>());
  }

  /** The link of a part of a location (AI 414 with extension 254): a dock, a room. */
  public static DigitalLink of(Gln gln, String extension) {
    return new DigitalLink(ApplicationIdentifier.GLN, gln.value(), null, null, null, extension, new TreeMap<>());
  }

  /** The link of a logistic unit. */
  public static DigitalLink of(Sscc sscc) {
    return new DigitalLink(ApplicationIdentifier.SSCC, sscc.value(), null, null, null, null, new TreeMap<>());
  }

  /**
   * Reads a Digital Link: an absolute {@code http(s)} URI on any domain, or just its path and query
   * (e.g. {@code /01/08938512000015/10/BT-2026-031?17=270302}). A path prefix before the primary key is
   * allowed, as the standard allows; GTIN-8, -12 and -13 are accepted and held as GTIN-14.
   *
   * @throws InvalidIdentifierException saying which part is wrong: a key (with the expected check
   *     digit), a qualifier's order or place, an attribute, or the URI's structure
   */
  public static DigitalLink parse(String uri) {
    return DigitalLinkParser.parse(uri);
  }

  /**
   * Reads {@code uri} if it is a Digital Link: an absolute {@code http(s)} URI whose path holds a
   * primary key (AI 01, 00, 414 or 417 and its value) followed only by qualifier pairs. Made for fields
   * that may hold any URI (EPCIS identifiers): a URI of another shape is not a Digital Link and gives
   * empty, while one of that shape is held to every rule of {@link #parse}.
   *
   * @throws InvalidIdentifierException if it has the shape of a Digital Link but a part is wrong, e.g. a
   *     GTIN's check digit
   */
  public static Optional<DigitalLink> recognize(String uri) {
    return DigitalLinkParser.recognize(uri);
  }

  /** The GTIN, when the primary key is one. */
  public Optional<Gtin> gtin() {
    return keyType == ApplicationIdentifier.GTIN ? Optional.of(new Gtin(key)) : Optional.empty();
  }

  /** The expiry date attribute (AI 17), if the link carries one. */
  public Optional<ExpiryDate> expiry() {
    return Optional.ofNullable(attributes.get(ApplicationIdentifier.EXPIRY.code())).map(ExpiryDate::new);
  }

  /** This link without data attributes: the identity of the thing alone. */
  public DigitalLink withoutAttributes() {
    return attributes.isEmpty() ? this : new DigitalLink(keyType, key, variant, lot, serial, extension, new TreeMap<>());
  }

  /**
   * The canonical path: primary key, then qualifiers in the order 22, 10, 21 (or the extension 254 of
   * a location), values percent-encoded, e.g. {@code /01/08938512000015/10/BT-2026-031}.
   */
  public String path() {
    var path = new StringBuilder("/").append(keyType.code()).append('/').append(key);
    if (variant != null) {
      path.append("/22/").append(PercentEncoding.encode(variant));
    }
    if (lot != null) {
      path.append("/10/").append(PercentEncoding.encode(lot.value()));
    }
    if (serial != null) {
      path.append("/21/").append(PercentEncoding.encode(serial.value()));
    }
    if (extension != null) {
      path.append("/254/").append(PercentEncoding.encode(extension));
    }
    return path.toString();
  }

  /**
   * The full URI on {@code baseUrl} (scheme and domain, optionally a path prefix), with the data
   * attributes as query string.
   */
  public String toUri(String baseUrl) {
    var uri = new StringBuilder(stripTrailingSlash(baseUrl)).append(path());
    char separator = '?';
    for (Map.Entry<String, String> attribute : attributes.entrySet()) {
      uri.append(separator).append(attribute.getKey()).append('=').append(PercentEncoding.encode(attribute.getValue()));
      separator = '&';
    }
    return uri.toString();
  }

  /** The full URI on {@link #GS1_RESOLVER}: the one form of this link wherever it was written. */
  public String canonicalUri() {
    return toUri(GS1_RESOLVER);
  }

  @Override
  public String toString() {
    return toUri("");
  }

  private static String stripTrailingSlash(String baseUrl) {
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  private static void checkAttribute(String code, String value) {
    if (code.isEmpty() || !code.chars().allMatch(c -> c >= '0' && c <= '9') || code.length() > 4) {
      throw new InvalidIdentifierException(IdentifierKind.DIGITAL_LINK, code, "is not an application identifier");
    }
    var known = ApplicationIdentifier.byCode(code);
    if (known.isPresent() && known.get().role() != ApplicationIdentifier.Role.ATTRIBUTE) {
      throw new InvalidIdentifierException(
          IdentifierKind.DIGITAL_LINK, code + "=" + value, "puts AI " + code + " in the query string; it belongs in the path");
    }
    if (known.orElse(null) == ApplicationIdentifier.EXPIRY) {
      new ExpiryDate(value);
    } else if (value.isEmpty() || value.length() > 90) {
      throw new InvalidIdentifierException(IdentifierKind.DIGITAL_LINK, code + "=" + value, "must have a value of 1 to 90 characters");
    }
  }
}
