package org.origingraph.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.origingraph.IntegrationTest;
import org.origingraph.api.GlobalId;
import org.origingraph.story.internal.StoryCaches;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Producers change translations; readers see the change at once; coverage shows the gaps. */
class StoryTranslationIntegrationTests extends IntegrationTest {

  /* Phố Hiến lager: this test class is the only one that writes its stories. */
  private static final String BEER = "08938521000020";

  @Autowired
  private MeterRegistry meters;

  private Map<String, Object> input(String gtin, String locale, String title) {
    Map<String, Object> input = new HashMap<>();
    input.put("subjectId", GlobalId.encode("Product", gtin));
    input.put("kind", "ORIGIN");
    input.put("locale", locale);
    input.put("title", title);
    input.put("body", "Gebraut in Hưng Yên aus australischem Malz, Reis aus Thái Bình und Hallertauer Hopfen.");
    return input;
  }

  private GraphQlTester.Response read(String locale) {
    return graphQl.documentName("productStory").variable("gtin", BEER).variable("kind", "ORIGIN")
        .variable("locale", locale).execute();
  }

  @Test
  void newTranslationIsServedAtOnceAndAChangedOneToo() {
    // Warm the caches with the fallback first: a stale cache would keep serving it.
    read("de").path("product.story.fallback").entity(Boolean.class).isEqualTo(true);
    read("de").path("product.story.locale").entity(String.class).isEqualTo("vi");

    var created = graphQlWithKey(ADMIN_KEY).documentName("upsertStoryTranslation")
        .variable("input", input(BEER, "de", "Phố-Hiến-Lager aus Hưng Yên")).execute().errors().verify();
    created.path("upsertStoryTranslation.story.locale").entity(String.class).isEqualTo("de");
    created.path("upsertStoryTranslation.story.translatedBy").entity(String.class).isEqualTo("HUMAN");
    created.path("upsertStoryTranslation.story.reviewed").entity(Boolean.class).isEqualTo(false);

    var after = read("de");
    after.path("product.story.fallback").entity(Boolean.class).isEqualTo(false);
    after.path("product.story.title").entity(String.class).isEqualTo("Phố-Hiến-Lager aus Hưng Yên");
    after.path("product.story.availableLocales").entityList(String.class).contains("de");

    Map<String, Object> changed = input(BEER, "de", "Phố Hiến Lager – gebraut in Hưng Yên");
    changed.put("translatedBy", "MACHINE");
    graphQlWithKey(ADMIN_KEY).documentName("upsertStoryTranslation").variable("input", changed).execute().errors().verify();
    var changedRead = read("de-AT");
    changedRead.path("product.story.title").entity(String.class).isEqualTo("Phố Hiến Lager – gebraut in Hưng Yên");
    changedRead.path("product.story.translatedBy").entity(String.class).isEqualTo("MACHINE");
  }

  @Test
  void firstTranslationOfANewKindCreatesTheStoryInItsLanguageAndStoriesComeInKindOrder() {
    Map<String, Object> geography = input(BEER, "en", "Hưng Yên, the old trading port of Phố Hiến");
    geography.put("kind", "GEOGRAPHY");
    geography.put("reviewed", true);
    graphQlWithKey(ADMIN_KEY).documentName("upsertStoryTranslation").variable("input", geography).execute()
        .errors().verify().path("upsertStoryTranslation.story.availableLocales").entityList(String.class).containsExactly("en");
    var stories = graphQl.documentName("productStories").variable("gtin", BEER).variable("locale", "ja").execute()
        .errors().verify();
    stories.path("product.stories[*].kind").entityList(String.class).containsExactly("ORIGIN", "GEOGRAPHY");
    // The new story's source is English, so a Japanese reader falls back to English, not Vietnamese.
    stories.path("product.stories[1].locale").entity(String.class).isEqualTo("en");
    stories.path("product.stories[1].fallback").entity(Boolean.class).isEqualTo(true);
  }

  @Test
  void batchesHaveStoriesToo() {
    graphQl.documentName("batchStory").variable("gtin", BEER).variable("lot", "PH-LGR-2601-30").variable("locale", "fr")
        .execute().errors().verify().path("batch.story").valueIsNull();
    Map<String, Object> process = input(BEER, "fr", "Le brassin de janvier");
    process.put("subjectId", GlobalId.encode("Batch", BEER + ":PH-LGR-2601-30"));
    process.put("kind", "PROCESS");
    graphQlWithKey(ADMIN_KEY).documentName("upsertStoryTranslation").variable("input", process).execute().errors().verify();
    var batch = graphQl.documentName("batchStory").variable("gtin", BEER).variable("lot", "PH-LGR-2601-30")
        .variable("locale", "fr-BE").execute().errors().verify();
    batch.path("batch.story.title").entity(String.class).isEqualTo("Le brassin de janvier");
    batch.path("batch.story.locale").entity(String.class).isEqualTo("fr");
    batch.path("batch.stories[*].kind").entityList(String.class).containsExactly("PROCESS");
    // The product's own stories are unaffected by its batch's story.
    graphQl.documentName("productStories").variable("gtin", BEER).variable("locale", "fr").execute()
        .path("product.stories[*].kind").entityList(String.class).doesNotContain("PROCESS");
  }

  @Test
  void cacheStatisticsArePublishedAsMetrics() {
    read("ja");
    read("ja");
    for (String cache : List.of(StoryCaches.INDEX, StoryCaches.RENDERED, "i18n.negotiated-locales")) {
      var hits = meters.find("cache.gets").tag("cache", cache).tag("result", "hit").functionCounter();
      assertThat(hits).as(cache).isNotNull();
      assertThat(hits.count()).as(cache).isGreaterThan(0);
    }
  }

  @Test
  void writingNeedsTheProducerRole() {
    graphQl.documentName("upsertStoryTranslation").variable("input", input(BEER, "es", "x")).execute()
        .errors().expect(e -> "UNAUTHENTICATED".equals(e.getExtensions().get("code"))).verify();
    graphQlWithKey(READER_KEY).documentName("upsertStoryTranslation").variable("input", input(BEER, "es", "x")).execute()
        .errors().expect(e -> "FORBIDDEN".equals(e.getExtensions().get("code"))).verify();
    read("es").path("product.story.locale").entity(String.class).isEqualTo("vi");
  }

  @Test
  void aProducerTellsOnlyTheStoriesOfItsOwnProductsFacilitiesAndBatches() {
    // The lager is Phố Hiến's, its brewery's batch too; the test producer is the candy maker.
    graphQlWithKey(PRODUCER_KEY).documentName("upsertStoryTranslation").variable("input", input(BEER, "pt", "Cerveja"))
        .execute().errors().expect(e -> "FORBIDDEN".equals(e.getExtensions().get("code"))
            && "input.subjectId".equals(e.getExtensions().get("argument"))).verify();
    Map<String, Object> batch = input(BEER, "pt", "Lote");
    batch.put("subjectId", GlobalId.encode("Batch", BEER + ":PH-LGR-2601-30"));
    batch.put("kind", "PROCESS");
    graphQlWithKey(PRODUCER_KEY).documentName("upsertStoryTranslation").variable("input", batch)
        .execute().errors().expect(e -> "FORBIDDEN".equals(e.getExtensions().get("code"))).verify();
    Map<String, Object> farm = input(BEER, "pt", "Fazenda");
    farm.put("subjectId", GlobalId.encode("Facility", "8938513000106"));
    graphQlWithKey(PRODUCER_KEY).documentName("upsertStoryTranslation").variable("input", farm)
        .execute().errors().expect(e -> "FORBIDDEN".equals(e.getExtensions().get("code"))).verify();
    read("pt").path("product.story.availableLocales").entityList(String.class).doesNotContain("pt");
  }

  @Test
  void badInputNamesTheFieldAndWritesNothing() {
    Map<String, Object> badLocale = input(BEER, "english please", "x");
    graphQlWithKey(ADMIN_KEY).documentName("upsertStoryTranslation").variable("input", badLocale).execute()
        .errors().expect(e -> "input.locale".equals(e.getExtensions().get("argument"))).verify();
    Map<String, Object> blank = input(BEER, "it", "   ");
    graphQlWithKey(ADMIN_KEY).documentName("upsertStoryTranslation").variable("input", blank).execute()
        .errors().expect(e -> "input.title".equals(e.getExtensions().get("argument"))).verify();
    Map<String, Object> unknown = input("08938599999998", "it", "Birra");
    graphQlWithKey(ADMIN_KEY).documentName("upsertStoryTranslation").variable("input", unknown).execute()
        .errors().expect(e -> "input.subjectId".equals(e.getExtensions().get("argument"))).verify();
    read("it").path("product.story.availableLocales").entityList(String.class).doesNotContain("it");
  }

  @Test
  void coverageListsTheMissingTargetLocales() {
    var coverage = graphQl.documentName("translationCoverage").variable("first", 100)
        .variable("locales", List.of("ja", "zh-Hant", "ar", "th")).execute().errors().verify();
    List<Map<String, Object>> nodes = coverage.path("translationCoverage.edges[*].node").entityList(mapType()).get();
    Map<String, Object> bopp = node(nodes, "08938518000019");
    assertThat(bopp.get("complete")).isEqualTo(false);
    assertThat(origin(bopp).get("missingLocales")).isEqualTo(List.of("ja", "zh-Hant", "ar", "th"));
    Map<String, Object> flagship = node(nodes, FLAGSHIP_GTIN);
    assertThat(origin(flagship).get("missingLocales")).isEqualTo(List.of());
    // A raw material without any story: its ORIGIN story is missing everywhere.
    assertThat(origin(node(nodes, "08938516000011")).get("availableLocales")).isEqualTo(List.of());
    assertThat(origin(node(nodes, "08938516000011")).get("missingLocales")).isEqualTo(List.of("ja", "zh-Hant", "ar", "th"));
  }

  private static Map<String, Object> node(List<Map<String, Object>> nodes, String gtin) {
    return nodes.stream().filter(n -> gtin.equals(((Map<?, ?>) n.get("product")).get("gtin"))).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> origin(Map<String, Object> node) {
    return ((List<Map<String, Object>>) node.get("stories")).stream()
        .filter(s -> "ORIGIN".equals(s.get("kind"))).findFirst().orElseThrow();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Class<Map<String, Object>> mapType() {
    return (Class) Map.class;
  }
}
