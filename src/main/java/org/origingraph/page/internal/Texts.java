package org.origingraph.page.internal;

import java.util.Map;

import com.ibm.icu.util.ULocale;
import org.jspecify.annotations.Nullable;
import org.origingraph.i18n.Formats;
import org.origingraph.i18n.Messages;

/** The bundle, formats and display names of one page's locale. */
record Texts(Messages messages, Formats formats, String tag) {

  String text(String key) {
    return messages.text(key, tag);
  }

  String format(String key, Map<String, Object> arguments) {
    return messages.format(key, tag, arguments);
  }

  /** An ISO 3166 country's name in this locale ("Nhật Bản", "日本"). */
  String country(String code) {
    String name = new ULocale("", code).getDisplayCountry(ULocale.forLanguageTag(tag));
    return name.isEmpty() ? code : name;
  }

  /** A language's name in this locale ("tiếng Nhật", "Japanese"). */
  String language(String languageTag) {
    return ULocale.forLanguageTag(languageTag).getDisplayName(ULocale.forLanguageTag(tag));
  }

  /** Region and country, as the locale writes a place. */
  String place(@Nullable String region, String countryCode) {
    String country = country(countryCode);
    return region == null || region.isBlank() ? country : format("page.place", Map.of("region", region, "country", country));
  }
}
