package org.origingraph.resolver;

import java.util.List;
import java.util.Locale;

import org.origingraph.gs1.DigitalLink;

/**
 * The languages in which consumer content about an identified item exists: the resolver offers a
 * consumer page (and any per-language link) in exactly these, and negotiates the reader's language
 * among them.
 *
 * <p>The module's default answers the portal's configured languages for every item. A module that
 * knows better (stories and their translations) declares its own bean of this type, which then
 * replaces the default. Implementations must be thread-safe and fast: they run on every scan.
 */
public interface ContentLanguages {

  /**
   * @param item the identified item, without data attributes (a product, lot, serialised item,
   *     location, party or logistic unit)
   * @return the languages, most preferred default first; never empty
   */
  List<Locale> languagesFor(DigitalLink item);
}
