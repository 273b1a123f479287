package org.origingraph.resolver;

import java.util.Locale;

/**
 * GS1 Web Vocabulary link types. Requests may name them as CURIEs ({@code gs1:pip}) or full URIs, on
 * gs1.org or ref.gs1.org; linksets always carry the full {@code https://gs1.org/voc/} URI.
 */
final class LinkTypes {

  static final String NAMESPACE = "https://gs1.org/voc/";
  static final String PIP = NAMESPACE + "pip";
  static final String DEFAULT_LINK = NAMESPACE + "defaultLink";
  /** The {@code linkType} values that ask for the linkset instead of a redirect. */
  static final String LINKSET = "linkset";
  static final String ALL = "all";

  private LinkTypes() {}

  /** {@code linkType} as a full URI, so CURIE and URI requests compare equal. */
  static String expand(String linkType) {
    String type = linkType.strip();
    if (type.startsWith("gs1:")) {
      return NAMESPACE + type.substring(4);
    }
    for (String namespace : new String[] {"http://gs1.org/voc/", "https://ref.gs1.org/voc/", "http://ref.gs1.org/voc/"}) {
      if (type.startsWith(namespace)) {
        return NAMESPACE + type.substring(namespace.length());
      }
    }
    return type;
  }

  static boolean isLinkset(String linkType) {
    String type = linkType.strip().toLowerCase(Locale.ROOT);
    return type.equals(LINKSET) || type.equals(ALL);
  }
}
