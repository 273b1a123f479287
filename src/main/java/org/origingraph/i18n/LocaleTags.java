package org.origingraph.i18n;

import java.util.Optional;
import java.util.regex.Pattern;

import org.origingraph.api.BadUserInputException;
import com.ibm.icu.util.IllformedLocaleException;
import com.ibm.icu.util.ULocale;

/**
 * Reads BCP 47 language tags as people and browsers actually send them: any letter case, an
 * underscore instead of a hyphen ({@code zh_TW}), legacy codes ({@code iw} for Hebrew, {@code in}
 * for Indonesian, {@code ji} for Yiddish). Such tags are canonicalized, so {@code EN-us} reads as
 * {@code en-US} and {@code iw} as {@code he}.
 *
 * <p>Stateless and thread-safe.
 */
public final class LocaleTags {

  /** Longest tag accepted; real tags are far shorter, longer ones are abuse or garbage. */
  static final int MAX_LENGTH = 64;
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*");

  private LocaleTags() {}

  /**
   * The canonical locale of {@code tag}, or empty when it is not a well-formed language tag.
   * {@code und} (undetermined) and {@code *} are not languages and are empty too.
   */
  public static Optional<ULocale> parse(String tag) {
    String trimmed = tag.strip();
    if (trimmed.length() > MAX_LENGTH || !SHAPE.matcher(trimmed).matches()) {
      return Optional.empty();
    }
    String hyphenated = trimmed.replace('_', '-');
    try {
      new ULocale.Builder().setLanguageTag(hyphenated);
    } catch (IllformedLocaleException e) {
      return Optional.empty();
    }
    ULocale locale = ULocale.forLanguageTag(hyphenated);
    if (locale.getLanguage().isEmpty() || "und".equals(locale.getLanguage())) {
      return Optional.empty();
    }
    return Optional.of(locale);
  }

  /**
   * Reads a tag the caller gave explicitly, for example a {@code locale} argument.
   *
   * @throws BadUserInputException naming {@code argument} when the tag is malformed
   */
  public static ULocale explicit(String argument, String tag) {
    return parse(tag).orElseThrow(() -> new BadUserInputException(argument,
        argument + " must be a BCP 47 language tag such as ja, zh-Hant or pt-BR, not '" + abbreviate(tag) + "'"));
  }

  /** The canonical BCP 47 form of {@code locale}, e.g. {@code zh-Hant}, {@code en-US}. */
  public static String tag(ULocale locale) {
    return locale.toLanguageTag();
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
