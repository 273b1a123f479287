package org.origingraph.i18n;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.util.LocaleMatcher;
import com.ibm.icu.util.ULocale;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Picks the best available locale for a reader with ICU's {@link LocaleMatcher}, which knows CLDR's
 * language distances: zh-TW and zh-HK are served Traditional Chinese and never Simplified, zh and
 * zh-CN Simplified, en-AU prefers en-GB to en-US, pt-AO reads pt-PT and pt reads pt-BR.
 *
 * <p>Order of precedence: the explicit locale; else the Accept-Language header (q-values, {@code *},
 * {@code q=0} exclusions); else the default, usually the content's source language. Each requested
 * language, best first, is matched by ICU against the available locales of that same language only
 * (regions and scripts are ICU's business; changing language is not), so a reader is either served
 * one of the languages they asked for or told that they got a fallback. A header that
 * cannot be read is ignored as if absent. When the reader asked for languages and none is available,
 * the default is served and {@link Negotiation#fallback()} is set; with {@code *} in the header any
 * language is acceptable, so serving the default is then no fallback.
 *
 * <p>Outcomes are cached per (explicit locale, header value, available set, default): the same few
 * header values recur across millions of requests. The cache is bounded and its statistics are
 * published as the {@code i18n.negotiated-locales} cache metrics. Thread-safe.
 */
@Component
public class LocaleNegotiator {

  /** Name of the negotiation cache in metrics. */
  public static final String CACHE_NAME = "i18n.negotiated-locales";

  private record Key(@Nullable String explicit, @Nullable String acceptLanguage, List<String> available, String fallback) {}

  private final Cache<Key, Negotiation> cache =
      Caffeine.newBuilder().maximumSize(20_000).expireAfterAccess(Duration.ofHours(1)).recordStats().build();

  public LocaleNegotiator(ObjectProvider<MeterRegistry> meters) {
    meters.ifAvailable(registry -> CaffeineCacheMetrics.monitor(registry, cache, CACHE_NAME));
  }

  /**
   * Negotiates among {@code available} tags.
   *
   * @param request what the reader asked for
   * @param available the tags on offer; not empty
   * @param defaultTag served when nothing requested is available; should be among {@code available}
   */
  public Negotiation negotiate(LocaleRequest request, Collection<String> available, String defaultTag) {
    if (available.isEmpty()) {
      throw new IllegalArgumentException("nothing is available to negotiate among");
    }
    List<String> sorted = available.stream().distinct().sorted().toList();
    return cache.get(new Key(request.explicit(), request.acceptLanguage(), sorted, defaultTag),
        key -> compute(request, sorted, defaultTag));
  }

  private static Negotiation compute(LocaleRequest request, List<String> available, String defaultTag) {
    ULocale explicit = request.explicitLocale();
    if (explicit != null) {
      return match(List.of(explicit), available, candidates(available, null), defaultTag, false);
    }
    Optional<AcceptLanguage> header = AcceptLanguage.parse(request.acceptLanguage());
    if (header.isEmpty()) {
      return new Negotiation(defaultTag, null, false, TextDirection.of(defaultTag), available);
    }
    AcceptLanguage accepted = header.get();
    return match(accepted.preferred(), available, candidates(available, accepted), defaultTag, accepted.wildcard());
  }

  private static List<ULocale> candidates(List<String> available, @Nullable AcceptLanguage header) {
    List<ULocale> result = new ArrayList<>();
    for (String tag : available) {
      ULocale locale = ULocale.forLanguageTag(tag);
      if (header == null || !header.excludes(locale)) {
        result.add(locale);
      }
    }
    return result;
  }

  private static Negotiation match(
      List<ULocale> desired, List<String> available, List<ULocale> candidates, String defaultTag, boolean anyAccepted) {
    String requested = desired.isEmpty() ? null : LocaleTags.tag(desired.getFirst());
    // Desired locales in preference order; each may only be served a candidate of its own language.
    // ICU alone would also serve across languages (Swahili readers get English, by CLDR data), which
    // is a guess the reader did not make; that case is left to the explicit fallback below.
    for (ULocale wanted : desired) {
      String language = ULocale.addLikelySubtags(wanted).getLanguage();
      List<ULocale> sameLanguage = candidates.stream()
          .filter(c -> ULocale.addLikelySubtags(c).getLanguage().equals(language)).toList();
      if (sameLanguage.isEmpty()) {
        continue;
      }
      LocaleMatcher matcher = LocaleMatcher.builder().setSupportedULocales(sameLanguage).setNoDefaultLocale().build();
      ULocale match = matcher.getBestMatchResult(wanted).getSupportedULocale();
      if (match != null) {
        String served = available.get(indexOf(available, match));
        return new Negotiation(served, requested, false, TextDirection.of(served), available);
      }
    }
    // Nothing asked for matched: serve the default unless the reader excluded it with q=0.
    String defaultCanonical = LocaleTags.tag(ULocale.forLanguageTag(defaultTag));
    boolean defaultAcceptable = candidates.stream().anyMatch(c -> LocaleTags.tag(c).equals(defaultCanonical));
    String served = candidates.isEmpty() || defaultAcceptable
        ? defaultTag
        : available.get(indexOf(available, candidates.getFirst()));
    // Everything excluded, or languages asked for and none matched (and no "*"): the reader did not get theirs.
    boolean fallback = candidates.isEmpty() || (!anyAccepted && requested != null);
    return new Negotiation(served, requested, fallback, TextDirection.of(served), available);
  }

  private static int indexOf(List<String> available, ULocale locale) {
    String tag = LocaleTags.tag(locale);
    for (int i = 0; i < available.size(); i++) {
      if (LocaleTags.tag(ULocale.forLanguageTag(available.get(i))).equals(tag)) {
        return i;
      }
    }
    throw new IllegalStateException(tag + " is not among " + available);
  }
}
