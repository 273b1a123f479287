package org.origingraph.resolver;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.util.LocaleMatcher;
import com.ibm.icu.util.LocalePriorityList;
import com.ibm.icu.util.ULocale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Chooses the language to serve among those an item's content exists in, with ICU's
 * {@link LocaleMatcher}: it knows that zh-TW reads Traditional Chinese (zh-Hant), that en-AU is
 * served by en, and how far apart languages are, which string matching on tags does not.
 *
 * <p>An explicit {@code lang} wins over Accept-Language. A malformed header gets the default
 * language, not an error: a consumer scanning a pack must always land somewhere. Thread-safe.
 */
@Component
class LanguageNegotiator {

  // Matchers are costly to build and items share a few language lists; bounded in case they do not.
  private final Cache<List<ULocale>, LocaleMatcher> matchers = Caffeine.newBuilder().maximumSize(500).build();

  /**
   * @param available the languages on offer, default first; not empty
   * @return one of {@code available}
   */
  ULocale choose(List<ULocale> available, @Nullable String lang, @Nullable String acceptLanguage) {
    LocaleMatcher matcher = matchers.get(available, list -> LocaleMatcher.builder()
        .setSupportedULocales(list)
        .setDefaultULocale(list.getFirst())
        .build());
    try {
      if (lang != null && !lang.isBlank()) {
        return matcher.getBestMatch(ULocale.forLanguageTag(lang.strip()));
      }
      if (acceptLanguage != null && !acceptLanguage.isBlank()) {
        return matcher.getBestMatch(LocalePriorityList.add(acceptLanguage).build());
      }
    } catch (IllegalArgumentException malformed) {
      // falls through to the default
    }
    return available.getFirst();
  }
}
