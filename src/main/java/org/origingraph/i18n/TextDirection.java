package org.origingraph.i18n;

import com.ibm.icu.util.ULocale;

/** The direction a text runs in, so that a client can set {@code dir} on the element that shows it. */
public enum TextDirection {
  /** Left to right. */
  LTR,
  /** Right to left: Arabic, Hebrew, Persian, Urdu and the other languages CLDR marks so. */
  RTL;

  /** The direction of {@code locale}'s script, as CLDR gives it (likely script when none is given). */
  public static TextDirection of(ULocale locale) {
    return locale.isRightToLeft() ? RTL : LTR;
  }

  /** The direction of the BCP 47 tag {@code tag}. */
  public static TextDirection of(String tag) {
    return of(ULocale.forLanguageTag(tag));
  }
}
