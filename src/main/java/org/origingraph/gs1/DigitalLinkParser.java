package org.origingraph.gs1;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;


/**
 * Reads Digital Link URIs into {@link DigitalLink}s. Kept apart from the value type because the
 * rules of where things may appear (prefixes, pairs, qualifier order, query attributes) are the bulk
 * of the work. Stateless and thread-safe.
 */
final class DigitalLinkParser {

  private DigitalLinkParser() {}

  static DigitalLink parse(String uri) {
    if (uri.length() > DigitalLink.MAX_LENGTH) {
      throw invalid(uri, "is longer than " + DigitalLink.MAX_LENGTH + " characters");
    }
    String stripped = uri.strip();
    String path = afterAuthority(stripped);
    String rest = path == null ? stripped : path;
    if (!rest.startsWith("/")) {
      throw invalid(uri, "must be an http(s) URI or a path starting with '/'");
    }
    List<String> segments = segments(rest);
    int start = primaryKeyIndex(segments);
    if (start < 0) {
      throw invalid(uri, "has no primary key; expected /01/{gtin}, /414/{gln}, /417/{gln} or /00/{sscc}");
    }
    return read(uri, segments, start, query(rest));
  }

  /** {@link DigitalLink#recognize}: only absolute http(s) URIs, and only when a primary key has its place. */
  static Optional<DigitalLink> recognize(String uri) {
    String rest = afterAuthority(uri);
    if (rest == null || !rest.startsWith("/")) {
      return Optional.empty();
    }
    List<String> segments = segments(rest);
    if (primaryKeyIndex(segments) < 0) {
      return Optional.empty();
    }
    return Optional.of(parse(uri));
  }

  private static DigitalLink read(String uri, List<String> segments, int start, String query) {
    var keyType = ApplicationIdentifier.byCode(segments.get(start)).orElseThrow();
    String key = decode(segments.get(start + 1));
    if (keyType == ApplicationIdentifier.GTIN) {
      // GTIN-8/12/13 become GTIN-14; the key is checked before its qualifiers, as it matters most.
      key = Gtin.parse(key).value();
    }

    String variant = null;
    Lot lot = null;
    Serial serial = null;
    String extension = null;
    ApplicationIdentifier previous = null;
    for (int i = start + 2; i < segments.size(); i += 2) {
      String code = segments.get(i);
      String value = decode(segments.get(i + 1));
      var qualifier = ApplicationIdentifier.byCode(code)
          .filter(ai -> ai.role() == ApplicationIdentifier.Role.QUALIFIER)
          .orElseThrow(() -> invalid(uri, "has '" + code + "' where a key qualifier (22, 10, 21 or 254) was expected"));
      if (qualifier == ApplicationIdentifier.GLN_EXTENSION) {
        if (keyType != ApplicationIdentifier.GLN || previous != null) {
          throw invalid(uri, "has a GLN extension (254) where only a location GLN (414) may take one, once");
        }
        extension = value;
        previous = qualifier;
        continue;
      }
      if (keyType != ApplicationIdentifier.GTIN) {
        throw invalid(uri, "qualifies a " + keyType.name().replace('_', ' ') + " with AI " + code + "; only a GTIN (01) takes 22, 10 or 21");
      }
      if (previous != null && qualifier.ordinal() <= previous.ordinal()) {
        throw invalid(uri, "has key qualifier " + code + " after " + previous.code()
            + "; qualifiers must appear once each, in the order 22, 10, 21");
      }
      switch (qualifier) {
        case CONSUMER_PRODUCT_VARIANT -> variant = value;
        case LOT -> lot = new Lot(value);
        case SERIAL -> serial = new Serial(value);
        default -> throw new IllegalStateException();
      }
      previous = qualifier;
    }
    return new DigitalLink(keyType, key, variant, lot, serial, extension, attributes(uri, query));
  }

  /** The path's segments after the leading slash; fragment, query and one trailing slash left out. */
  private static List<String> segments(String rest) {
    String path = withoutFragment(rest);
    int question = path.indexOf('?');
    path = question < 0 ? path : path.substring(0, question);
    if (path.length() > 1 && path.endsWith("/")) {
      // The resolver standard asks to tolerate one trailing slash; it carries no meaning.
      path = path.substring(0, path.length() - 1);
    }
    return List.of(path.substring(1).split("/", -1));
  }

  private static String query(String rest) {
    String uri = withoutFragment(rest);
    int question = uri.indexOf('?');
    return question < 0 ? "" : uri.substring(question + 1);
  }

  private static String withoutFragment(String rest) {
    int hash = rest.indexOf('#');
    return hash < 0 ? rest : rest.substring(0, hash);
  }

  /** {@code uri} from its path on, or {@code null} when it is not an absolute http(s) URI. */
  private static @Nullable String afterAuthority(String uri) {
    for (String scheme : new String[] {"https://", "http://"}) {
      if (uri.regionMatches(true, 0, scheme, 0, scheme.length())) {
        int slash = uri.indexOf('/', scheme.length());
        return slash < 0 ? "" : uri.substring(slash);
      }
    }
    return null;
  }

  /**
   * The first segment that is a primary-key AI and is followed by an odd count of segments (its value,
   * then qualifier pairs). Anything before it is a path prefix, which the standard allows.
   */
  private static int primaryKeyIndex(List<String> segments) {
    for (int i = 0; i + 1 < segments.size(); i++) {
      var ai = ApplicationIdentifier.byCode(segments.get(i));
      if (ai.isPresent() && ai.get().role() == ApplicationIdentifier.Role.PRIMARY_KEY
          && (segments.size() - i) % 2 == 0 && segments.subList(i, segments.size()).stream().noneMatch(String::isEmpty)) {
        return i;
      }
    }
    return -1;
  }

  private static TreeMap<String, String> attributes(String uri, String query) {
    var attributes = new TreeMap<String, String>();
    if (query.isEmpty()) {
      return attributes;
    }
    for (String parameter : query.split("&")) {
      int equals = parameter.indexOf('=');
      String name = decode(equals < 0 ? parameter : parameter.substring(0, equals));
      if (name.isEmpty() || !name.chars().allMatch(c -> c >= '0' && c <= '9')) {
        continue; // linkType, lang, context...: addressed to the resolver, not part of the identity
      }
      String value = equals < 0 ? "" : decode(parameter.substring(equals + 1));
      if (attributes.put(name, value) != null) {
        throw invalid(uri, "has AI " + name + " twice in its query string");
      }
    }
    return attributes;
  }

  private static String decode(String value) {
    return PercentEncoding.decode(IdentifierKind.DIGITAL_LINK, value);
  }

  private static InvalidIdentifierException invalid(String uri, String problem) {
    return new InvalidIdentifierException(IdentifierKind.DIGITAL_LINK, uri, problem);
  }

}
