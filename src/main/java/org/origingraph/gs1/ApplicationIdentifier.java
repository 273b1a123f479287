package org.origingraph.gs1;

import java.util.Optional;

/**
 * The GS1 Application Identifiers a Digital Link may carry here, in the three roles the Digital Link
 * standard gives them: primary key (the path starts with it), key qualifier (path segments after a
 * GTIN, in a fixed order, or the extension after a location GLN) and data attribute (query string).
 */
public enum ApplicationIdentifier {
  SSCC("00", Role.PRIMARY_KEY),
  GTIN("01", Role.PRIMARY_KEY),
  /** GLN of a physical location. */
  GLN("414", Role.PRIMARY_KEY),
  /** GLN of a party (an organization). */
  PARTY_GLN("417", Role.PRIMARY_KEY),
  CONSUMER_PRODUCT_VARIANT("22", Role.QUALIFIER),
  LOT("10", Role.QUALIFIER),
  SERIAL("21", Role.QUALIFIER),
  /** A part of a location (a dock, a room): qualifies a location GLN (414) only. */
  GLN_EXTENSION("254", Role.QUALIFIER),
  EXPIRY("17", Role.ATTRIBUTE);

  /** Where an AI may appear in a Digital Link. */
  public enum Role { PRIMARY_KEY, QUALIFIER, ATTRIBUTE }

  private final String code;
  private final Role role;

  ApplicationIdentifier(String code, Role role) {
    this.code = code;
    this.role = role;
  }

  /** The numeric AI as written in a Digital Link path or query, e.g. {@code "01"}. */
  public String code() {
    return code;
  }

  public Role role() {
    return role;
  }

  /** The AI written as {@code code}, if this module knows it. */
  public static Optional<ApplicationIdentifier> byCode(String code) {
    for (ApplicationIdentifier ai : values()) {
      if (ai.code.equals(code)) {
        return Optional.of(ai);
      }
    }
    return Optional.empty();
  }
}
