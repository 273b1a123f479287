package org.origingraph.epcis.internal;

import org.origingraph.gs1.DigitalLink;
import org.origingraph.gs1.EpcUrn;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Reads the identifiers of EPCIS fields with the gs1 module: EPC URNs ({@code urn:epc:id:sgtin:…},
 * {@code urn:epc:class:lgtin:…}, {@code urn:epc:idpat:sgtin:CP.IR.*}, {@code urn:epc:id:sgln:…},
 * {@code urn:epc:id:pgln:…}, {@code urn:epc:id:sscc:…}) by {@link EpcUrn#recognize} and GS1 Digital Link
 * URIs ({@code https://id.gs1.org/01/…/10/…/21/…}, {@code /00/}, {@code /414/…/254/…}, {@code /417/}) by
 * {@link DigitalLink#recognize}. This class only sorts what gs1 read into the {@link Epc} kinds the graph
 * keys, and remembers it; it parses nothing itself.
 *
 * <p>A URN of a known scheme that does not have the right shape, or a Digital Link key with a wrong
 * check digit, is an {@link IllegalArgumentException} (GS1's {@code InvalidIdentifierException} is one): a
 * producer sending it has a bug we should report, not hide. Thread-safe.
 */
public final class EpcIdentifiers {

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
    return EpcUrn.recognize(text).map(EpcUrn::link).or(() -> DigitalLink.recognize(text))
        .map(link -> of(text, link))
        .orElseGet(() -> new Epc.Other(text));
  }

  /** The kind of {@code link}: an item if it has a serial (its lot then dropped), else its class. */
  private static Epc of(String text, DigitalLink link) {
    return switch (link.keyType()) {
      case GTIN -> link.serial() != null ? new Epc.Item(text, link) : new Epc.ItemClass(text, link);
      case SSCC -> new Epc.Unit(text, link);
      case GLN, PARTY_GLN -> new Epc.Location(text, link);
      default -> throw new IllegalStateException("no primary key: " + link);
    };
  }

  /** {@code value} cut to 60 characters for a message: a refused value may be of any length. */
  public static String abbreviate(String value) {
    return value.length() <= 60 ? value : value.substring(0, 60) + "…";
  }
}
