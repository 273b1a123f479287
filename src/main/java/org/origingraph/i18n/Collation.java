package org.origingraph.i18n;

import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * Sorting the way a language's readers expect (CLDR collation): Vietnamese sorts "Đ" after "D" and
 * orders tones, Swedish puts "Ö" at the end, Japanese orders kana. Java's {@code String.compareTo}
 * sorts by code point, which is wrong for all of them.
 *
 * <p>Collators are frozen after creation, which makes them immutable and thread-safe, and kept per
 * locale.
 */
public final class Collation {

  private static final ConcurrentMap<String, Collator> COLLATORS = new ConcurrentHashMap<>();

  private Collation() {}

  /** A thread-safe comparator of strings in {@code tag}'s collation order. */
  public static Comparator<String> of(String tag) {
    Collator collator = COLLATORS.computeIfAbsent(tag,
        t -> Collator.getInstance(ULocale.forLanguageTag(t)).freeze());
    return collator::compare;
  }
}
