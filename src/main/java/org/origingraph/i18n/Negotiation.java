package org.origingraph.i18n;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of negotiating a locale.
 *
 * @param locale the available tag served, exactly as it was offered (e.g. {@code zh-Hant})
 * @param requestedLocale what the reader asked for first: the explicit argument, else the
 *     highest-ranked Accept-Language range; {@code null} when they asked for nothing usable
 * @param fallback whether the reader asked for languages and none of them was available, so another
 *     was served: one CLDR says readers of theirs commonly read, else the default (decision 009)
 * @param direction the text direction of {@link #locale}
 * @param availableLocales every tag that was on offer, sorted
 */
public record Negotiation(
    String locale, @Nullable String requestedLocale, boolean fallback, TextDirection direction,
    List<String> availableLocales) {

  public Negotiation {
    availableLocales = List.copyOf(availableLocales);
  }
}
