package org.origingraph.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.origingraph.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Labels for a whole page in one query, and localized values beside raw ones. */
class LabelsIntegrationTests extends IntegrationTest {

  private static final List<String> LOCALES =
      List.of("vi", "en", "zh-Hans", "zh-Hant", "ja", "ko", "th", "fr", "de", "es", "ru", "ar");

  @Test
  void allTwelveLocalesHaveEveryLabel() {
    int expected = -1;
    for (String locale : LOCALES) {
      var response = graphQl.documentName("labels").variable("locale", locale).execute().errors().verify();
      response.path("labels.locale").entity(String.class).isEqualTo(locale);
      response.path("labels.fallback").entity(Boolean.class).isEqualTo(false);
      int count = response.path("labels.labels").entityList(Object.class).get().size();
      if (expected < 0) {
        expected = count;
      }
      assertThat(count).as(locale).isEqualTo(expected).isGreaterThan(50);
    }
  }

  @Test
  void groupsOfKeysInOneLocaleByAcceptLanguage() {
    var response = graphQl.mutate().header("Accept-Language", "ja-JP,ja;q=0.9").build()
        .documentName("labels").variable("keys", List.of("group.", "ui.batchCount", "nope.key")).execute().errors().verify();
    response.path("labels.locale").entity(String.class).isEqualTo("ja");
    response.path("labels.labels[?(@.key == 'group.CONFECTIONERY')].text").entityList(String.class).containsExactly("菓子");
    response.path("labels.labels[?(@.key == 'ui.batchCount')].hasArguments").entityList(Boolean.class).containsExactly(true);
    response.path("labels.labels").entityList(Object.class).hasSize(10);
    response.path("labels.unknownKeys").entityList(String.class).containsExactly("nope.key");
  }

  @Test
  void arabicLabelsAreRightToLeftAndUnknownLocaleFallsBackToEnglish() {
    graphQl.documentName("labels").variable("locale", "ar-EG").variable("keys", List.of("storyKind.ORIGIN")).execute()
        .path("labels.direction").entity(String.class).isEqualTo("RTL");
    var swahili = graphQl.documentName("labels").variable("locale", "sw").variable("keys", List.of("storyKind.ORIGIN")).execute();
    swahili.path("labels.locale").entity(String.class).isEqualTo("en");
    swahili.path("labels.fallback").entity(Boolean.class).isEqualTo(true);
  }

  @Test
  void enumLabelsAndFormattedValuesBesideRawOnes() {
    var us = fields("en-US").errors().verify();
    us.path("product.group").entity(String.class).isEqualTo("CONFECTIONERY");
    us.path("product.groupLabel").entity(String.class).isEqualTo("Confectionery");
    us.path("product.netContentFormatted.text").entity(String.class).isEqualTo("400 g");
    us.path("product.netContentFormatted.value").entity(Double.class).isEqualTo(400.0);
    us.path("product.netContentFormatted.unit").entity(String.class).isEqualTo("GRM");
    // Tokyo to Bến Tre, read by an American in miles and by a French reader in km.
    us.path("batch.facility.distanceFrom.displayUnit").entity(String.class).isEqualTo("length-mile");
    double km = us.path("batch.facility.distanceFrom.value").entity(Double.class).get();
    assertThat(km).isBetween(4000.0, 4600.0);
    var fr = fields("fr").errors().verify();
    fr.path("product.groupLabel").entity(String.class).isEqualTo("Confiserie");
    fr.path("batch.facility.typeLabel").entity(String.class).isEqualTo("Usine de transformation");
    fr.path("batch.facility.distanceFrom.displayUnit").entity(String.class).isEqualTo("length-kilometer");
    assertThat(fr.path("batch.expiresAtText").entity(String.class).get()).matches("\\d{1,2} \\p{L}+\\.? \\d{4}");
    List<Map<String, Object>> shipments = fr.path("batch.shipments").entityList(mapType()).get();
    assertThat(shipments).isNotEmpty().allSatisfy(s -> {
      assertThat(s.get("transportModeLabel")).isIn("Par la route", "Par mer", "Par avion", "Par le rail", "Par voie fluviale");
      assertThat(((Map<?, ?>) s.get("transitFormatted")).get("text")).asString().containsAnyOf("h", "j");
    });
  }

  @Test
  void provenanceEnumsHaveLabelsBesideThem() {
    // A provenance walk can take seconds when its statement is planned for the first time on a busy machine.
    var ko = graphQl.mutate().responseTimeout(Duration.ofSeconds(30)).build().documentName("provenanceLabels").variable("gtin", FLAGSHIP_GTIN).variable("lot", FLAGSHIP_LOT)
        .variable("locale", "ko").execute().errors().verify();
    ko.path("provenance.directionLabel").entity(String.class).isEqualTo("어디에서 왔나");
    ko.path("provenance.edges[?(@.kind == 'MADE_FROM')].kindLabel").entityList(String.class)
        .satisfies(labels -> assertThat(labels).isNotEmpty().containsOnly("원료"));
    ko.path("provenance.nodes[?(@.status == 'VALID')].statusLabel").entityList(String.class)
        .satisfies(labels -> assertThat(labels).isNotEmpty().containsOnly("유효"));
    List<Map<String, Object>> organizations = ko.path("provenance.nodes[?(@.__typename == 'Organization')]")
        .entityList(mapType()).get();
    assertThat(organizations).isNotEmpty().allSatisfy(o ->
        assertThat((List<?>) o.get("roleLabels")).hasSameSizeAs((List<?>) o.get("roles")).doesNotContainNull());
    assertThat(organizations.stream().flatMap(o -> ((List<?>) o.get("roleLabels")).stream()).map(Object::toString)).contains("협동조합");
    ko.path("product.story.kindLabel").entity(String.class).isEqualTo("원산지 이야기");
  }

  @Test
  void measureFormatsTemperaturesByMarket() {
    var us = graphQl.documentName("measure").variable("value", -35).variable("kind", "TEMPERATURE").variable("locale", "en-US").execute();
    us.path("measure.text").entity(String.class).isEqualTo("-31°F");
    us.path("measure.displayUnit").entity(String.class).isEqualTo("temperature-fahrenheit");
    us.path("measure.value").entity(Double.class).isEqualTo(-35.0);
    var ja = graphQl.mutate().header("Accept-Language", "ja").build()
        .documentName("measure").variable("value", -35).variable("kind", "TEMPERATURE").execute();
    ja.path("measure.text").entity(String.class).isEqualTo("-35°C");
    graphQl.documentName("measure").variable("value", 12).variable("kind", "QUANTITY").execute()
        .errors().expect(e -> "unit".equals(e.getExtensions().get("argument"))).verify();
  }

  private org.springframework.graphql.test.tester.GraphQlTester.Response fields(String locale) {
    // As the flagship plant's own producer: distanceFrom is a PARTY field (it would give away the exact position).
    return graphQlWithKey(PRODUCER_KEY).documentName("localizedFields").variable("gtin", FLAGSHIP_GTIN).variable("lot", FLAGSHIP_LOT)
        .variable("locale", locale).execute();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Class<Map<String, Object>> mapType() {
    return (Class) Map.class;
  }
}
