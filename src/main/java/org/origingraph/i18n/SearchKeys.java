package org.origingraph.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.Transliterator;
import org.jspecify.annotations.Nullable;

/**
 * Folds text to ASCII search keys, so that a reader who types "ben tre" or "dua" on a keyboard
 * without Vietnamese finds "Bến Tre" and "dừa", and one who types 椰子 finds what was written 椰子.
 *
 * <p>ICU's {@code Any-Latin; Latin-ASCII; Lower} romanizes other scripts and strips diacritics; đ/Đ
 * becomes d first (it is a letter of its own, not d with a mark, so some fold chains keep it).
 * Punctuation becomes space and runs of space collapse, so keys of the stored text and of the query
 * compare word by word. ICU transliterators are not documented as thread-safe, so one is kept per
 * thread.
 */
public final class SearchKeys {

  private static final ThreadLocal<Transliterator> FOLD =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

  private SearchKeys() {}

  /** The search key of {@code text}: lower-case ASCII words separated by single spaces. */
  public static String of(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String folded = FOLD.get().transliterate(text.replace('đ', 'd').replace('Đ', 'D'));
    return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }

  /** The key of several texts joined, e.g. a product's name, brand and region. */
  public static String of(List<@Nullable String> texts) {
    return texts.stream().map(SearchKeys::of).filter(k -> !k.isEmpty()).reduce((a, b) -> a + " " + b).orElse("");
  }

  /** The words of a query's key, for matching every word somewhere in a stored key. */
  public static List<String> terms(String query) {
    String key = of(query);
    return key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
  }
}
