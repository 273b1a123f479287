package org.origingraph.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.origingraph.api.BadUserInputException;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The negotiation table: what a reader asks for and which available translation they get. */
class LocaleNegotiatorTests {

  private static final List<String> AVAILABLE = List.of(
      "vi", "en-US", "en-GB", "zh-Hans", "zh-Hant", "ja", "ko", "fr", "ar", "pt-BR", "pt-PT", "he", "id", "de");

  private final LocaleNegotiator negotiator =
      new LocaleNegotiator(new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class));

  @ParameterizedTest(name = "locale={0} Accept-Language={1} -> {2} (fallback {3})")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      ja          | -                                  | ja      | false
      ja-JP       | -                                  | ja      | false
      zh-TW       | -                                  | zh-Hant | false
      zh-HK       | -                                  | zh-Hant | false
      zh-MO       | -                                  | zh-Hant | false
      zh_TW       | -                                  | zh-Hant | false
      zh-CN       | -                                  | zh-Hans | false
      zh          | -                                  | zh-Hans | false
      zh-SG       | -                                  | zh-Hans | false
      en-AU       | -                                  | en-GB   | false
      en-IN       | -                                  | en-GB   | false
      en          | -                                  | en-US   | false
      EN-us       | -                                  | en-US   | false
      pt-BR       | -                                  | pt-BR   | false
      pt-PT       | -                                  | pt-PT   | false
      pt          | -                                  | pt-BR   | false
      pt-AO       | -                                  | pt-PT   | false
      iw          | -                                  | he      | false
      in          | -                                  | id      | false
      ar-SA       | -                                  | ar      | false
      fr-CA       | -                                  | fr      | false
      th          | -                                  | vi      | true
      sw          | -                                  | en-US   | true
      gsw         | -                                  | de      | true
      yue         | -                                  | zh-Hant | true
      -           | sw, fr;q=0.5                       | fr      | false
      -           | sw-KE, vi;q=0.1                    | vi      | false
      -           | af, nl;q=0.2                       | en-US   | true
      ja          | fr                                 | ja      | false
      -           | fr-CH, fr;q=0.9, en;q=0.8          | fr      | false
      -           | de;q=0.3, ko;q=0.9                 | ko      | false
      -           | th, *;q=0.1                        | vi      | false
      -           | *                                  | vi      | false
      -           | en;q=0, ja;q=0.5                   | ja      | false
      -           | en-US;q=0, en                      | en-GB   | false
      -           | zh-TW;q=0.9, zh-CN;q=0.8           | zh-Hant | false
      -           | zh-Hant-TW                         | zh-Hant | false
      -           | ZH-tw                              | zh-Hant | false
      -           | fr;q=0.5, ja;q=0.5                 | fr      | false
      -           | '  ja ,  en;q=0.1 '                | ja      | false
      -           | th                                 | vi      | true
      -           | sr-Latn, tr;q=0.8                  | vi      | true
      -           | en-US;q=abc                        | vi      | false
      -           | en;q=1.5                           | vi      | false
      -           | xx-!!, en                          | vi      | false
      -           | en;level=1                         | vi      | false
      -           | -                                  | vi      | false
      """)
  void negotiates(String locale, String acceptLanguage, String expected, boolean fallback) {
    Negotiation negotiation = negotiator.negotiate(LocaleRequest.of("locale", locale, acceptLanguage), AVAILABLE, "vi");
    assertThat(negotiation.locale()).isEqualTo(expected);
    assertThat(negotiation.fallback()).isEqualTo(fallback);
    assertThat(negotiation.availableLocales()).containsExactlyInAnyOrderElementsOf(AVAILABLE);
  }

  @Test
  void traditionalChineseReaderNeverGetsSimplified() {
    List<String> onlySimplified = List.of("vi", "en", "zh-Hans");
    for (String tw : List.of("zh-TW", "zh-HK", "zh-Hant")) {
      Negotiation alone = negotiator.negotiate(new LocaleRequest(null, tw), onlySimplified, "vi");
      assertThat(alone.locale()).isEqualTo("vi");
      assertThat(alone.fallback()).isTrue();
      Negotiation withEnglish = negotiator.negotiate(new LocaleRequest(null, tw + ", en;q=0.5"), onlySimplified, "vi");
      assertThat(withEnglish.locale()).isEqualTo("en");
    }
  }

  /** Decision 009: an export-market reader gets the language they most likely read, and is told so. */
  @Test
  void aSwahiliReaderGetsEnglishAsASaidFallback() {
    Negotiation negotiation = negotiator.negotiate(new LocaleRequest(null, "sw-KE,sw;q=0.9"), List.of("vi", "en", "ja"), "vi");
    assertThat(negotiation.locale()).isEqualTo("en");
    assertThat(negotiation.fallback()).isTrue();
    assertThat(negotiation.requestedLocale()).isEqualTo("sw-KE");
    Negotiation noEnglish = negotiator.negotiate(new LocaleRequest(null, "sw-KE"), List.of("vi", "ja"), "vi");
    assertThat(noEnglish.locale()).isEqualTo("vi");
    assertThat(noEnglish.fallback()).isTrue();
    Negotiation englishExcluded = negotiator.negotiate(new LocaleRequest(null, "sw, en;q=0"), List.of("vi", "en", "ja"), "vi");
    assertThat(englishExcluded.locale()).isEqualTo("vi");
    assertThat(englishExcluded.fallback()).isTrue();
  }

  @Test
  void everythingExcludedServesTheDefaultAsFallback() {
    Negotiation negotiation = negotiator.negotiate(new LocaleRequest(null, "vi;q=0, en;q=0"), List.of("vi", "en"), "vi");
    assertThat(negotiation.locale()).isEqualTo("vi");
    assertThat(negotiation.fallback()).isTrue();
  }

  @Test
  void excludedDefaultIsReplacedByAnotherAvailableLanguage() {
    Negotiation negotiation = negotiator.negotiate(new LocaleRequest(null, "vi;q=0, *"), List.of("vi", "en"), "vi");
    assertThat(negotiation.locale()).isEqualTo("en");
    assertThat(negotiation.fallback()).isFalse();
  }

  @Test
  void oversizedHeaderIsIgnored() {
    String header = "ja," + "en;q=0.1,".repeat(200);
    Negotiation negotiation = negotiator.negotiate(new LocaleRequest(null, header), AVAILABLE, "vi");
    assertThat(negotiation.locale()).isEqualTo("vi");
    assertThat(negotiation.requestedLocale()).isNull();
  }

  @Test
  void saysWhatWasRequestedAndTheDirection() {
    Negotiation arabic = negotiator.negotiate(new LocaleRequest(null, "ar-SA, en;q=0.5"), AVAILABLE, "vi");
    assertThat(arabic.requestedLocale()).isEqualTo("ar-SA");
    assertThat(arabic.direction()).isEqualTo(TextDirection.RTL);
    Negotiation hebrew = negotiator.negotiate(LocaleRequest.of("locale", "iw-IL", null), AVAILABLE, "vi");
    assertThat(hebrew.requestedLocale()).isEqualTo("he-IL");
    assertThat(hebrew.direction()).isEqualTo(TextDirection.RTL);
    assertThat(negotiator.negotiate(LocaleRequest.of("locale", "ja", null), AVAILABLE, "vi").direction())
        .isEqualTo(TextDirection.LTR);
  }

  @Test
  void malformedExplicitLocaleIsBadUserInputNamingTheArgument() {
    for (String bad : List.of("not a tag", "en--US", "", "x", "123", "en_US;q=1", "a".repeat(80))) {
      assertThatThrownBy(() -> LocaleRequest.of("locale", bad, null))
          .isInstanceOf(BadUserInputException.class)
          .satisfies(e -> assertThat(((BadUserInputException) e).argument()).isEqualTo("locale"));
    }
  }

  @Test
  void textDirectionFollowsTheScript() {
    for (String rtl : List.of("ar", "he", "fa", "ur", "ar-SA")) {
      assertThat(TextDirection.of(rtl)).as(rtl).isEqualTo(TextDirection.RTL);
    }
    for (String ltr : List.of("vi", "en", "ja", "zh-Hant", "ru", "th")) {
      assertThat(TextDirection.of(ltr)).as(ltr).isEqualTo(TextDirection.LTR);
    }
  }
}
