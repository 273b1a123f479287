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
 * The one language policy of this service (decision 009), for stories, labels and the resolver alike:
 * picks the locale to serve among those available with ICU's {@link LocaleMatcher}, which knows CLDR's
 * language data.
 *
 * <p>Order of precedence: the explicit locale; else the Accept-Language header (q-values, {@code *},
 * {@code q=0} exclusions); else the default, usually the content's source language. Then, in order:
 * <ol>
 *   <li>the reader's own languages, best first, each matched only against available locales of that
 *       same language (regions and scripts are ICU's business: zh-TW and zh-HK are served Traditional
 *       Chinese and never Simplified, zh and zh-CN Simplified, en-AU prefers en-GB to en-US);
 *   <li>else a language CLDR records that readers of their languages commonly read (Swahili, Afrikaans,
 *       Zulu, Amharic, Hausa readers get English; Catalan Spanish; Swiss German German; Cantonese
 *       Traditional Chinese), served as a fallback;
 *   <li>else the default, served as a fallback.
 * </ol>
 * A fallback is always said ({@link Negotiation#fallback()}, with {@link Negotiation#requestedLocale()}):
 * a reader must know this is not their language. With {@code *} in the header any language is
 * acceptable, so nothing served is a fallback then. A header that cannot be read is ignored as if absent.
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
    // Desired locales in preference order; each may only be served a candidate of its own language
    // here. ICU alone would serve across languages as soon as it finds one close (Swahili readers get
    // English by CLDR data) even when a later choice of the reader's own exists; that comes second.
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
    // None of the reader's languages: a language CLDR says their readers commonly read, if one is on offer.
    if (!desired.isEmpty() && !candidates.isEmpty()) {
      ULocale near = LocaleMatcher.builder().setSupportedULocales(candidates).setNoDefaultLocale().build()
          .getBestMatchResult(desired).getSupportedULocale();
      if (near != null) {
        String served = available.get(indexOf(available, near));
        return new Negotiation(served, requested, !anyAccepted, TextDirection.of(served), available);
      }
    }
    // Else serve the default unless the reader excluded it with q=0.
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
