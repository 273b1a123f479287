package org.origingraph.i18n;

import com.ibm.icu.util.ULocale;
import org.jspecify.annotations.Nullable;

/**
 * What one reader asked for: an explicit locale (already validated) and the raw Accept-Language
 * header. Either or both may be absent. A record, so it can be part of cache and batch-loader keys.
 *
 * @param explicit the {@code locale} argument, canonical BCP 47, or {@code null}
 * @param acceptLanguage the request's Accept-Language header as sent, or {@code null}
 */
public record LocaleRequest(@Nullable String explicit, @Nullable String acceptLanguage) {

  /** Key of the Accept-Language header value in the GraphQL context; read it with {@code @ContextValue}. */
  public static final String ACCEPT_LANGUAGE = "acceptLanguage";

  /** Nothing asked for. */
  public static final LocaleRequest NONE = new LocaleRequest(null, null);

  /**
   * A request from a {@code locale} argument named {@code argument} and a header.
   *
   * @throws org.origingraph.api.BadUserInputException when {@code locale} is given and malformed
   */
  public static LocaleRequest of(String argument, @Nullable String locale, @Nullable String acceptLanguage) {
    String explicit = locale == null ? null : LocaleTags.tag(LocaleTags.explicit(argument, locale));
    String header = acceptLanguage == null || acceptLanguage.length() > AcceptLanguage.MAX_LENGTH ? null : acceptLanguage;
    return new LocaleRequest(explicit, header);
  }

  /** The explicit locale as an ICU locale, or {@code null}. */
  public @Nullable ULocale explicitLocale() {
    return explicit == null ? null : ULocale.forLanguageTag(explicit);
  }
}
