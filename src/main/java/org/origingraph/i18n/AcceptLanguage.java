package org.origingraph.i18n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.util.ULocale;
import org.jspecify.annotations.Nullable;

/**
 * A parsed Accept-Language header (RFC 9110 §12.5.4): language ranges with quality values.
 *
 * <p>Parsing is strict about shape and lenient about case and legacy codes: a header that is longer
 * than {@value #MAX_LENGTH} characters, has more than {@value #MAX_RANGES} ranges, or holds any
 * malformed range or q-value is not used at all, so that a garbled header can never pick a language
 * by accident. A range with {@code q=0} means "not this language".
 *
 * @param preferred the ranges with q > 0, best first (ties keep header order); without {@code *}
 * @param excluded the ranges with q = 0
 * @param wildcard whether {@code *} was given with q > 0: any language is acceptable
 */
public record AcceptLanguage(List<ULocale> preferred, List<ULocale> excluded, boolean wildcard) {

  /** Longest header read; browsers send well under 200 characters. */
  public static final int MAX_LENGTH = 1024;
  /** Most ranges read. */
  public static final int MAX_RANGES = 32;

  private static final Pattern RANGE =
      Pattern.compile("\\s*([^;\\s]+)\\s*(?:;\\s*[qQ]\\s*=\\s*(0(?:\\.\\d{0,3})?|1(?:\\.0{0,3})?))?\\s*");

  public AcceptLanguage {
    preferred = List.copyOf(preferred);
    excluded = List.copyOf(excluded);
  }

  /**
   * Parses {@code header}.
   *
   * @return empty when the header is absent, blank, oversized or malformed
   */
  public static Optional<AcceptLanguage> parse(@Nullable String header) {
    if (header == null || header.isBlank() || header.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String[] parts = header.split(",", -1);
    if (parts.length > MAX_RANGES) {
      return Optional.empty();
    }
    record Weighted(ULocale locale, double q, int position) {}
    List<Weighted> accepted = new ArrayList<>();
    List<ULocale> excluded = new ArrayList<>();
    boolean wildcard = false;
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].isBlank()) {
        continue; // "en, , fr" has empty list elements, which RFC 9110 tells recipients to ignore
      }
      Matcher m = RANGE.matcher(parts[i]);
      if (!m.matches()) {
        return Optional.empty();
      }
      double q = m.group(2) == null ? 1.0 : Double.parseDouble(m.group(2));
      if ("*".equals(m.group(1))) {
        wildcard |= q > 0;
        continue;
      }
      Optional<ULocale> locale = LocaleTags.parse(m.group(1));
      if (locale.isEmpty()) {
        return Optional.empty();
      }
      if (q == 0) {
        excluded.add(locale.get());
      } else {
        accepted.add(new Weighted(locale.get(), q, i));
      }
    }
    if (accepted.isEmpty() && excluded.isEmpty() && !wildcard) {
      return Optional.empty();
    }
    accepted.sort(Comparator.comparingDouble(Weighted::q).reversed().thenComparingInt(Weighted::position));
    return Optional.of(new AcceptLanguage(accepted.stream().map(Weighted::locale).toList(), excluded, wildcard));
  }

  /**
   * Whether {@code locale} is excluded by a {@code q=0} range: the range equals it or is a prefix of
   * it by whole subtags ({@code en;q=0} excludes {@code en-GB} too), compared in canonical form.
   */
  public boolean excludes(ULocale locale) {
    String tag = locale.toLanguageTag().toLowerCase();
    for (ULocale range : excluded) {
      String prefix = range.toLanguageTag().toLowerCase();
      if (tag.equals(prefix) || tag.startsWith(prefix + "-")) {
        return true;
      }
    }
    return false;
  }
}
