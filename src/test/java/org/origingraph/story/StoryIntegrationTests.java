package org.origingraph.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.origingraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Reading stories: negotiation through GraphQL, fallback, direction, and bounded round trips. */
class StoryIntegrationTests extends IntegrationTest {

  private static final String BOPP_FILM = "08938518000019";
  private static final String COCONUT_FARM = "8938513000106";

  private GraphQlTester.Response origin(HttpGraphQlTester client, String gtin, String locale) {
    return client.documentName("productStory")
        .variable("gtin", gtin).variable("kind", "ORIGIN").variable("locale", locale).execute();
  }

  private HttpGraphQlTester withLanguage(String acceptLanguage) {
    return graphQl.mutate().header("Accept-Language", acceptLanguage).build();
  }

  @Test
  void flagshipOriginInJapaneseForLocaleJa() {
    var story = origin(graphQl, FLAGSHIP_GTIN, "ja").errors().verify();
    story.path("product.story.locale").entity(String.class).isEqualTo("ja");
    story.path("product.story.requestedLocale").entity(String.class).isEqualTo("ja");
    story.path("product.story.fallback").entity(Boolean.class).isEqualTo(false);
    story.path("product.story.direction").entity(String.class).isEqualTo("LTR");
    story.path("product.story.title").entity(String.class).satisfies(title -> assertThat(title).contains("ココナッツキャンディ"));
    story.path("product.story.sourceLocale").entity(String.class).isEqualTo("vi");
    story.path("product.story.availableLocales").entityList(String.class)
        .satisfies(locales -> assertThat(locales).hasSize(12).contains("ar", "zh-Hans", "zh-Hant", "ja", "vi"));
  }

  @Test
  void taiwaneseAcceptLanguageGetsTraditionalChinese() {
    for (String header : List.of("zh-TW", "zh-TW,zh;q=0.9,en;q=0.8", "zh-HK")) {
      var story = origin(withLanguage(header), FLAGSHIP_GTIN, null).errors().verify();
      story.path("product.story.locale").entity(String.class).isEqualTo("zh-Hant");
      story.path("product.story.title").entity(String.class).isEqualTo("來自檳椥的榴槤香蘭椰子糖");
    }
    origin(withLanguage("zh-CN"), FLAGSHIP_GTIN, null).path("product.story.locale").entity(String.class).isEqualTo("zh-Hans");
  }

  @Test
  void arabicFromSaudiArabiaIsRightToLeft() {
    var story = origin(withLanguage("ar-SA,ar;q=0.9,en;q=0.5"), FLAGSHIP_GTIN, null).errors().verify();
    story.path("product.story.locale").entity(String.class).isEqualTo("ar");
    story.path("product.story.requestedLocale").entity(String.class).isEqualTo("ar-SA");
    story.path("product.story.direction").entity(String.class).isEqualTo("RTL");
    story.path("product.story.fallback").entity(Boolean.class).isEqualTo(false);
  }

  /** Decision 009: a language CLDR says the reader commonly reads (Swahili: English), said to be a fallback. */
  @Test
  void aSwahiliReaderGetsEnglishAsAFlaggedFallback() {
    var story = origin(graphQl, FLAGSHIP_GTIN, "sw").errors().verify();
    story.path("product.story.locale").entity(String.class).isEqualTo("en");
    story.path("product.story.requestedLocale").entity(String.class).isEqualTo("sw");
    story.path("product.story.fallback").entity(Boolean.class).isEqualTo(true);
  }

  @Test
  void lackingLocaleWithNoCloseLanguageIsAFlaggedFallbackToTheSourceLanguage() {
    var story = origin(graphQl, FLAGSHIP_GTIN, "fi").errors().verify();
    story.path("product.story.locale").entity(String.class).isEqualTo("vi");
    story.path("product.story.requestedLocale").entity(String.class).isEqualTo("fi");
    story.path("product.story.fallback").entity(Boolean.class).isEqualTo(true);
  }

  @Test
  void partlyTranslatedProductFallsBackButServesWhatItHas() {
    var japanese = origin(graphQl, BOPP_FILM, "ja").errors().verify();
    japanese.path("product.story.fallback").entity(Boolean.class).isEqualTo(true);
    japanese.path("product.story.locale").entity(String.class).isEqualTo("vi");
    japanese.path("product.story.availableLocales").entityList(String.class).containsExactly("en", "vi");
    var english = origin(withLanguage("en-AU"), BOPP_FILM, null);
    english.path("product.story.locale").entity(String.class).isEqualTo("en");
    english.path("product.story.fallback").entity(Boolean.class).isEqualTo(false);
    english.path("product.story.translatedBy").entity(String.class).isEqualTo("MACHINE");
    english.path("product.story.reviewed").entity(Boolean.class).isEqualTo(false);
  }

  @Test
  void explicitLocaleWinsOverAcceptLanguageAndNothingAskedGivesTheSource() {
    origin(withLanguage("fr"), FLAGSHIP_GTIN, "ko").path("product.story.locale").entity(String.class).isEqualTo("ko");
    var none = origin(graphQl, FLAGSHIP_GTIN, null);
    none.path("product.story.locale").entity(String.class).isEqualTo("vi");
    none.path("product.story.fallback").entity(Boolean.class).isEqualTo(false);
    none.path("product.story.requestedLocale").valueIsNull();
  }

  @Test
  void headerTableThroughGraphQl() {
    Map<String, String> expected = Map.of(
        "vi;q=0, en;q=0.5", "en",
        "*", "vi",
        "EN-gb", "en",
        "iw, ko;q=0.1", "ko",
        "zh_TW", "zh-Hant",
        "de-CH, fr;q=0.4", "de",
        "pt-BR, es;q=0.3", "es");
    expected.forEach((header, locale) -> origin(withLanguage(header), FLAGSHIP_GTIN, null).errors().verify()
        .path("product.story.locale").entity(String.class).isEqualTo(locale));
  }

  @Test
  void malformedOrOversizedHeaderIsIgnored() {
    origin(withLanguage("en;q=banana"), FLAGSHIP_GTIN, null).errors().verify()
        .path("product.story.locale").entity(String.class).isEqualTo("vi");
    origin(withLanguage("fr," + "en;q=0.5,".repeat(150)), FLAGSHIP_GTIN, null).errors().verify()
        .path("product.story.locale").entity(String.class).isEqualTo("vi");
  }

  @Test
  void malformedLocaleArgumentIsBadUserInputNamingLocale() {
    origin(graphQl, FLAGSHIP_GTIN, "not a locale!").errors().expect(error ->
        "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
            && "locale".equals(error.getExtensions().get("argument"))).verify();
  }

  @Test
  void storiesListsEveryKindInTheReadersLanguage() {
    var stories = graphQl.documentName("productStories").variable("gtin", FLAGSHIP_GTIN).variable("locale", "de")
        .execute().errors().verify();
    stories.path("product.stories[*].kind").entityList(String.class).containsExactly("ORIGIN", "PROCESS");
    stories.path("product.stories[*].locale").entityList(String.class).containsExactly("de", "de");
  }

  @Test
  void facilityGeographyStory() {
    var facility = graphQl.documentName("facilityStory").variable("gln", COCONUT_FARM).variable("locale", "fr")
        .execute().errors().verify();
    facility.path("facility.typeLabel").entity(String.class).isEqualTo("Exploitation agricole");
    facility.path("facility.story.title").entity(String.class).isEqualTo("Mỏ Cày Nam, au milieu des cocotiers");
    facility.path("facility.story.fallback").entity(Boolean.class).isEqualTo(false);
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyFinishedDemoProductHasAnOriginStoryInSevenLanguagesOrIsTheDeliberateGap() {
    List<Map<String, Object>> edges = graphQl.documentName("translationCoverage").variable("first", 100).execute()
        .errors().verify().path("translationCoverage.edges[*].node").entityList(mapType()).get();
    List<String> finished = List.of("08938512000015", "08938512000039", "08938515000036", "08938525000026",
        "08938520000021", "08938521000020", "08938523000028", "08938526000018", "08938528000016", "08938518000033");
    for (String gtin : finished) {
      Map<String, Object> node = edges.stream().filter(e -> gtin.equals(((Map<?, ?>) e.get("product")).get("gtin"))).findFirst().orElseThrow();
      var origin = ((List<Map<String, Object>>) node.get("stories")).stream().filter(s -> "ORIGIN".equals(s.get("kind"))).findFirst().orElseThrow();
      assertThat((List<String>) origin.get("availableLocales")).as(gtin).hasSizeGreaterThanOrEqualTo(7).contains("ar", "zh-Hans", "zh-Hant");
    }
  }

  @Test
  void storiesOfFiftyProductsTakeAFixedNumberOfStatements() {
    var counted = statements.count(() -> graphQl.documentName("storiesOfManyProducts").variable("locale", "ja")
        .execute().errors().verify().path("products.edges").entityList(Object.class).get());
    assertThat(counted.result()).hasSizeGreaterThan(20);
    // One for the product page, at most one for the story index and one for the texts, whatever the count.
    assertThat(counted.statements()).isLessThanOrEqualTo(3);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Class<Map<String, Object>> mapType() {
    return (Class) Map.class;
  }
}
