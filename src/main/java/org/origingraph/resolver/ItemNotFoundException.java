package org.origingraph.resolver;

import org.origingraph.gs1.DigitalLink;

/** A well-formed Digital Link that names nothing the graph knows; answered with 404. */
final class ItemNotFoundException extends RuntimeException {

  ItemNotFoundException(DigitalLink link) {
    super(describe(link));
  }

  private static String describe(DigitalLink link) {
    return switch (link.keyType()) {
      case GTIN -> link.lot() != null
          ? "No lot '" + link.lot() + "' of GTIN " + link.key() + " is known"
          : "No product with GTIN " + link.key() + " is known";
      case GLN -> "No location with GLN " + link.key() + " is known";
      case PARTY_GLN -> "No party with GLN " + link.key() + " is known";
      case SSCC -> "No logistic unit with SSCC " + link.key() + " is known";
      default -> "Nothing is known by " + link;
    };
  }
}
