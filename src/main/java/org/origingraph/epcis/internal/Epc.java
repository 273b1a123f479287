package org.origingraph.epcis.internal;

import org.jspecify.annotations.Nullable;

/**
 * An identifier read from an EPCIS field, reduced to the GS1 keys the graph uses.
 *
 * <p>Only the kinds the provenance graph understands get their own record; every other well-formed
 * URI (GRAI, GIAI, GDTI, private URIs...) is {@link Other} and is kept on the event as written.
 */
public sealed interface Epc {

  /** The identifier as it appeared in the document. */
  String text();

  /** A serialised trade item (SGTIN); its lot is unknown from the identifier alone. */
  record Item(String text, String gtin, String serial) implements Epc {}

  /** A class of trade items: a GTIN with a lot (LGTIN), or every lot of a GTIN when {@code lot} is null. */
  record ItemClass(String text, String gtin, @Nullable String lot) implements Epc {}

  /** A logistic unit (SSCC). */
  record Unit(String text, String sscc) implements Epc {}

  /**
   * A location or party (SGLN, PGLN, Digital Link 414/417). The graph keys facilities by {@code gln}
   * alone; the SGLN {@code extension} (a dock, a room) stays part of the canonical form.
   */
  record Location(String text, String gln, @Nullable String extension) implements Epc {}

  /**
   * The canonical GS1 Digital Link form identifiers are stored and compared in; other identifiers as
   * written. The event hash does not use it: it follows GS1's reference ({@link CanonicalDigitalLink}).
   */
  default String canonical() {
    return switch (this) {
      case Item i -> "https://id.gs1.org/01/" + i.gtin() + "/21/" + i.serial();
      case ItemClass c -> "https://id.gs1.org/01/" + c.gtin() + (c.lot() == null ? "" : "/10/" + c.lot());
      case Unit u -> "https://id.gs1.org/00/" + u.sscc();
      case Location l -> "https://id.gs1.org/414/" + l.gln()
          + (l.extension() == null || l.extension().isEmpty() || l.extension().equals("0") ? "" : "/254/" + l.extension());
      case Other o -> o.text();
    };
  }

  /** Any other identifier; carried, not interpreted. */
  record Other(String text) implements Epc {}
}
