package org.origingraph.epcis.internal;

import org.origingraph.gs1.ApplicationIdentifier;
import org.origingraph.gs1.DigitalLink;
import org.origingraph.gs1.Gln;
import org.origingraph.gs1.Gtin;
import org.origingraph.gs1.Lot;
import org.origingraph.gs1.Serial;
import org.origingraph.gs1.Sscc;
import org.jspecify.annotations.Nullable;

/**
 * An identifier read from an EPCIS field, reduced to the GS1 keys the graph uses.
 *
 * <p>Only the kinds the provenance graph understands get their own record; every other well-formed
 * URI (GRAI, GIAI, GDTI, private URIs...) is {@link Other} and is kept on the event as written. A GS1
 * key is held as the gs1 module's {@link DigitalLink}, reduced to what the graph keys it by (an item's
 * lot, a GTIN's consumer product variant and data attributes are dropped), so that its canonical form
 * is the gs1 module's too.
 */
public sealed interface Epc {

  /** The identifier as it appeared in the document. */
  String text();

  /**
   * The canonical GS1 Digital Link form identifiers are stored and compared in ({@link
   * DigitalLink#canonicalUri()}); other identifiers as written. The event hash does not use it: it
   * follows GS1's reference ({@link CanonicalDigitalLink}), which agrees on every key the graph stores.
   */
  String canonical();

  /** A GS1 key: one of the records that hold a {@link DigitalLink}. */
  sealed interface Key extends Epc {

    /** What the identifier names, as the gs1 module holds it. */
    DigitalLink link();

    @Override
    default String canonical() {
      return link().canonicalUri();
    }
  }

  /** A serialised trade item (SGTIN); its lot is unknown from the identifier alone. */
  record Item(String text, DigitalLink link) implements Key {

    public Item {
      Serial serial = requireSerial(link);
      if (link.lot() != null || link.variant() != null || !link.attributes().isEmpty()) {
        link = DigitalLink.of(link.gtin().orElseThrow(), null, serial);
      }
    }

    Item(String text, String gtin, String serial) {
      this(text, DigitalLink.of(new Gtin(gtin), null, new Serial(serial)));
    }

    public String gtin() {
      return link.key();
    }

    public String serial() {
      return requireSerial(link).value();
    }

    private static Serial requireSerial(DigitalLink link) {
      if (link.serial() == null) {
        throw new IllegalArgumentException(link + " names no serialised item");
      }
      return link.serial();
    }
  }

  /** A class of trade items: a GTIN with a lot (LGTIN), or every lot of a GTIN when {@code lot} is null. */
  record ItemClass(String text, DigitalLink link) implements Key {

    public ItemClass {
      if (link.keyType() != ApplicationIdentifier.GTIN) {
        throw new IllegalArgumentException(link + " names no class of trade items");
      }
      if (link.serial() != null || link.variant() != null || !link.attributes().isEmpty()) {
        Gtin gtin = link.gtin().orElseThrow();
        link = link.lot() == null ? DigitalLink.of(gtin) : DigitalLink.of(gtin, link.lot());
      }
    }

    ItemClass(String text, String gtin, @Nullable String lot) {
      this(text, lot == null ? DigitalLink.of(new Gtin(gtin)) : DigitalLink.of(new Gtin(gtin), new Lot(lot)));
    }

    public String gtin() {
      return link.key();
    }

    public @Nullable String lot() {
      return link.lot() == null ? null : link.lot().value();
    }
  }

  /** A logistic unit (SSCC). */
  record Unit(String text, DigitalLink link) implements Key {

    public Unit {
      if (link.keyType() != ApplicationIdentifier.SSCC) {
        throw new IllegalArgumentException(link + " names no logistic unit");
      }
      link = link.withoutAttributes();
    }

    Unit(String text, String sscc) {
      this(text, DigitalLink.of(new Sscc(sscc)));
    }

    public String sscc() {
      return link.key();
    }
  }

  /**
   * A location or party (SGLN, PGLN, Digital Link 414/417). The graph keys facilities by {@code gln}
   * alone; the SGLN {@code extension} (a dock, a room) stays part of the canonical form, and a party's
   * canonical form is its 417 link.
   */
  record Location(String text, DigitalLink link) implements Key {

    public Location {
      if (link.keyType() != ApplicationIdentifier.GLN && link.keyType() != ApplicationIdentifier.PARTY_GLN) {
        throw new IllegalArgumentException(link + " names no location or party");
      }
      link = link.withoutAttributes();
    }

    Location(String text, String gln, @Nullable String extension) {
      this(text, extension == null ? DigitalLink.of(new Gln(gln), false) : DigitalLink.of(new Gln(gln), extension));
    }

    public String gln() {
      return link.key();
    }

    public @Nullable String extension() {
      return link.extension();
    }
  }

  /** Any other identifier; carried, not interpreted. */
  record Other(String text) implements Epc {

    @Override
    public String canonical() {
      return text;
    }
  }
}
