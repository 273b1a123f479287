package org.origingraph.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

class AcceptLanguageTests {

  @Test
  void ordersByQualityKeepingHeaderOrderForTies() {
    var header = AcceptLanguage.parse("de;q=0.5, ja, fr;q=0.5, ko;q=0.8").orElseThrow();
    assertThat(header.preferred()).extracting(ULocale::toLanguageTag).containsExactly("ja", "ko", "de", "fr");
    assertThat(header.wildcard()).isFalse();
  }

  @Test
  void zeroQualityExcludesTheRangeAndItsSubtags() {
    var header = AcceptLanguage.parse("en;q=0, fr").orElseThrow();
    assertThat(header.excludes(ULocale.forLanguageTag("en-GB"))).isTrue();
    assertThat(header.excludes(ULocale.forLanguageTag("en"))).isTrue();
    assertThat(header.excludes(ULocale.forLanguageTag("fr"))).isFalse();
    assertThat(header.preferred()).extracting(ULocale::toLanguageTag).containsExactly("fr");
  }

  @Test
  void understandsWildcardLegacyCodesAndUnderscores() {
    var header = AcceptLanguage.parse("iw, in;q=0.9, zh_TW;q=0.8, *;q=0.1").orElseThrow();
    assertThat(header.preferred()).extracting(ULocale::toLanguageTag).containsExactly("he", "id", "zh-TW");
    assertThat(header.wildcard()).isTrue();
  }

  @Test
  void ignoresMalformedAndOversizedHeaders() {
    assertThat(AcceptLanguage.parse("en;q=2")).isEmpty();
    assertThat(AcceptLanguage.parse("en;q=0.1234")).isEmpty();
    assertThat(AcceptLanguage.parse("en q=1")).isEmpty();
    assertThat(AcceptLanguage.parse("<script>")).isEmpty();
    assertThat(AcceptLanguage.parse("")).isEmpty();
    assertThat(AcceptLanguage.parse(null)).isEmpty();
    assertThat(AcceptLanguage.parse("en,".repeat(40))).isEmpty();
    assertThat(AcceptLanguage.parse("en-" + "a".repeat(2000))).isEmpty();
  }

  @Test
  void toleratesEmptyListElementsAndUpperCaseQ() {
    assertThat(AcceptLanguage.parse("ja, , en;Q=0.5").orElseThrow().preferred())
        .extracting(ULocale::toLanguageTag).containsExactly("ja", "en");
  }
}
