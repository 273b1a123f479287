package org.origingraph.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.origingraph.IntegrationTest;
import org.origingraph.gs1.CheckDigit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consumer page as a phone gets it over HTTP: the stamp's link, the redirect, the HTML. Expected
 * stories and withheld values are read from the demo data files, not from the application.
 */
class ConsumerPageIntegrationTests extends IntegrationTest {

  private static final String LINK = "/01/" + FLAGSHIP_GTIN + "/10/" + FLAGSHIP_LOT;
  private static final JsonNode PROVENANCE = read("demo/provenance-demo.json");
  private static final JsonNode STORIES = read("demo/stories-demo.json");

  private String html(String path, String acceptLanguage) {
    return http().get().uri(path).header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage).accept(MediaType.TEXT_HTML).exchange()
        .expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
        .expectBody(String.class).returnResult().getResponseBody();
  }

  private String location(String path, String acceptLanguage) {
    return http().get().uri(path).header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage).exchange()
        .expectStatus().isEqualTo(HttpStatus.TEMPORARY_REDIRECT)
        .returnResult(Void.class).getResponseHeaders().getFirst(HttpHeaders.LOCATION);
  }

  @Test
  void theFlagshipsStampInJapaneseLandsOnThisServicesJapanesePage() {
    String location = location(LINK, "ja-JP,ja;q=0.9");
    assertThat(location).isEqualTo(url("/ja" + LINK));
    String page = html(location, "ja-JP,ja;q=0.9");
    assertThat(page).contains("<html lang=\"ja\" dir=\"ltr\">");
    assertThat(page).contains(storyTitle("Product", FLAGSHIP_GTIN, "ORIGIN", "ja"), storyTitle("Product", FLAGSHIP_GTIN, "PROCESS", "ja"));
    assertThat(page).contains("農場から店頭までの道のり", "認証");
    // The journey: every lot of the chain and the shipments, as timeline stages with a date.
    assertThat(count(page, "<li class=\"made\">")).isGreaterThanOrEqualTo(10);
    assertThat(count(page, "<li class=\"shipped\">")).isGreaterThanOrEqualTo(5);
    assertThat(page).containsPattern("<time datetime=\"2026-0\\d-\\d\\d\">2026/\\d\\d/\\d\\d</time>");
  }

  @Test
  void arabicIsRightToLeftAndVietnameseIsTheSourceLanguage() {
    String arabic = html(url("/ar" + LINK), "ar");
    assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\">", storyTitle("Product", FLAGSHIP_GTIN, "ORIGIN", "ar"), "الرحلة من المزرعة إلى الرف");
    String vietnamese = html(url("/vi" + LINK), "vi");
    assertThat(vietnamese).contains("<html lang=\"vi\" dir=\"ltr\">", storyTitle("Product", FLAGSHIP_GTIN, "ORIGIN", "vi"),
        "Hành trình từ nông trại đến kệ hàng");
  }

  @Test
  void everyLanguageOfTheStoriesIsOfferedAsAnAlternateAndInTheSwitcher() {
    String page = html(url("/vi" + LINK), "vi");
    Set<String> languages = new LinkedHashSet<>();
    for (JsonNode story : STORIES.get("stories")) {
      if (FLAGSHIP_GTIN.equals(story.get("subject").path("gtin").asString())) {
        story.get("translations").propertyNames().forEach(languages::add);
      }
    }
    assertThat(languages).hasSize(12);
    for (String tag : languages) {
      assertThat(page).contains("<link rel=\"alternate\" href=\"" + url("/" + tag + LINK) + "\" hreflang=\"" + tag + "\">");
      assertThat(page).containsPattern("<a href=\"" + Pattern.quote(url("/" + tag + LINK)) + "\" lang=\"" + tag + "\"");
    }
    assertThat(page).contains("aria-current=\"page\">Tiếng Việt</a>");
  }

  @Test
  void aStoryMissingInTheReadersLanguageSaysSo() {
    // The flagship's PROCESS story has no Spanish translation; its ORIGIN story has one.
    String page = html(url("/es" + LINK), "es");
    assertThat(page).contains("<html lang=\"es\" dir=\"ltr\">", storyTitle("Product", FLAGSHIP_GTIN, "ORIGIN", "es"));
    assertThat(page).contains("Esta historia aún no está disponible en español; se muestra en vietnamita.");
    assertThat(page).contains("<article class=\"story\" lang=\"vi\" dir=\"ltr\">");
  }

  @Test
  void aLanguageThePageDoesNotExistInIsSaidPlainlyOrRedirectedToTheReadersOther() {
    String swahili = html(url("/sw" + LINK), "sw");
    assertThat(swahili).contains("<html lang=\"en\" dir=\"ltr\">", "This page is not available in Swahili; it is shown in English.");
    assertThat(swahili).contains("<link rel=\"canonical\" href=\"" + url("/en" + LINK) + "\">");
    // What a Swahili reader gets depends on the rest of their Accept-Language: caches must know.
    http().get().uri("/sw" + LINK).header(HttpHeaders.ACCEPT_LANGUAGE, "sw").exchange()
        .expectHeader().valueEquals(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    assertThat(location("/sw" + LINK, "sw,ja;q=0.5")).isEqualTo(url("/ja" + LINK));
    assertThat(location("/JA" + LINK, "en")).isEqualTo(url("/ja" + LINK));
    assertThat(location("/zh-TW" + LINK, "en")).isEqualTo(url("/zh-Hant" + LINK));
  }

  @Test
  void certificatesShowTheirStatusOnTheDayTheLotWasMadeNotToday() {
    // The Mỏ Cày Nam farm's VietGAP certificate ran until 2026-06-30: expired today, valid when the
    // coconuts for this lot were harvested.
    String page = html(url("/en" + LINK), "en");
    assertThat(page).contains("<strong>VietGAP</strong>");
    assertThat(page).containsPattern("<span class=\"status VALID\">Valid on [^<]+, when the ingredient from here was made</span>");
    assertThat(page).contains("Valid from Jul 1, 2023 to Jun 30, 2026");
  }

  @Test
  void thePageShowsOnlyWhatThePublicMaySee() {
    String page = html(url("/en" + LINK), "en");
    List<String> withheld = withheldValues();
    assertThat(withheld).hasSizeGreaterThan(100);
    for (String value : withheld) {
      assertThat(page).as("withheld value %s", value).doesNotContain(value);
    }
    // The map: positions rounded to 0.1°, nothing finer.
    Matcher coordinates = Pattern.compile("data-la[tn]=\"(-?\\d+(?:\\.\\d+)?)\"").matcher(page);
    int found = 0;
    while (coordinates.find()) {
      found++;
      assertThat(coordinates.group(1)).matches("-?\\d+(\\.\\d)?");
    }
    assertThat(found).isGreaterThanOrEqualTo(10);
    assertThat(page).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"", "viewBox=\"0 0 640 ");
  }

  @Test
  void theFlagshipPageIsSmallAndSelfContained() throws IOException {
    var result = http().get().uri("/ja" + LINK).exchange().expectStatus().isOk()
        .expectHeader().valueEquals("Content-Security-Policy", PageController.CONTENT_SECURITY_POLICY)
        .expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "ja")
        .expectBody(byte[].class).returnResult().getResponseBody();
    assertThat(result.length).isLessThan(100 * 1024);
    // Kept beside the browser test's screenshots, to see what was measured.
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "page-screenshots"));
    java.nio.file.Files.write(java.nio.file.Path.of("target", "page-screenshots", "flagship-ja.html"), result);
    String page = new String(result, StandardCharsets.UTF_8);
    assertThat(page).doesNotContain("<script", "<link rel=\"stylesheet\"", "@import", "@font-face");
    assertThat(page).contains("<h1>", "<main id=\"main\">", "<nav aria-label=", "alt=\"");
  }

  @Test
  void aLotsPageSaysWhetherItsRecordsMatchTheIntegrityLogAndLinksToTheSignedCheckpoint() {
    String page = html(url("/en" + LINK), "en");
    assertThat(page).contains("<section id=\"integrity\"", "data-verified=\"true\"", "/log/v1/checkpoint\"",
        "match their entries in the public log");
    assertThat(html(url("/en/01/" + FLAGSHIP_GTIN), "en")).doesNotContain("id=\"integrity\"");
  }

  @Test
  void aProductWithoutALotHasItsStoriesAndNoJourney() {
    String page = html(url("/en/01/" + FLAGSHIP_GTIN), "en");
    assertThat(page).contains(storyTitle("Product", FLAGSHIP_GTIN, "ORIGIN", "en"), "scan the code on a pack to follow it");
    assertThat(page).doesNotContain("<li class=\"made\">");
  }

  @Test
  void unknownItemsAreA404PageInTheReadersLanguageAndBadCodesA400() {
    String unknownLot = http().get().uri("/ja/01/" + FLAGSHIP_GTIN + "/10/NO-SUCH-LOT").exchange()
        .expectStatus().isNotFound().expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
        .expectBody(String.class).returnResult().getResponseBody();
    assertThat(unknownLot).contains("<html lang=\"ja\" dir=\"ltr\">", "商品が見つかりません");
    http().get().uri("/ar/01/" + CheckDigit.append("0893851299999")).exchange()
        .expectStatus().isNotFound().expectBody(String.class).value(body -> assertThat(body).contains("dir=\"rtl\"", "المنتج غير موجود"));
    // Wrong check digit: 400, in the language of Accept-Language when the path's has no bundle.
    http().get().uri("/xx/01/08938512000016").header(HttpHeaders.ACCEPT_LANGUAGE, "de").exchange()
        .expectStatus().isBadRequest().expectBody(String.class)
        .value(body -> assertThat(body).contains("<html lang=\"de\"", "Dieser Code ist nicht lesbar"));
    http().get().uri("/en/01/08938512000016").accept(MediaType.APPLICATION_JSON).exchange()
        .expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.code").isEqualTo("BAD_USER_INPUT");
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  private static String storyTitle(String type, String key, String kind, String locale) {
    for (JsonNode story : STORIES.get("stories")) {
      JsonNode subject = story.get("subject");
      if (type.equals(subject.get("type").asString()) && key.equals(subject.path("gtin").asString(subject.path("gln").asString()))
          && kind.equals(story.get("kind").asString())) {
        return html(story.get("translations").get(locale).get("title").asString());
      }
    }
    throw new IllegalArgumentException("no story " + kind + " of " + key);
  }

  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }

  /** Every value of the demo data the public must not read (docs/access.md), as it could appear in a page. */
  private static List<String> withheldValues() {
    // A carrier that is also a company the public reads by name (a bonded warehouse's operator) is public as that.
    List<String> publicNames = new ArrayList<>();
    for (String group : List.of("facilities", "organizations")) {
      PROVENANCE.get(group).forEach(party -> publicNames.add(party.get("name").asString()));
    }
    List<String> values = new ArrayList<>();
    for (JsonNode shipment : PROVENANCE.get("shipments")) {
      values.add(shipment.get("id").asString());
      if (shipment.hasNonNull("sscc")) {
        values.add(shipment.get("sscc").asString());
      }
      if (shipment.hasNonNull("carrier")
          && publicNames.stream().noneMatch(name -> name.contains(shipment.get("carrier").asString()))) {
        values.add(html(shipment.get("carrier").asString()));
      }
    }
    for (JsonNode certificate : PROVENANCE.get("certificates")) {
      values.add(html(certificate.get("number").asString()));
    }
    for (String group : List.of("facilities", "organizations")) {
      for (JsonNode party : PROVENANCE.get(group)) {
        JsonNode address = party.path("address");
        if (address.hasNonNull("street")) {
          values.add(html(address.get("street").asString()));
        }
        if (address.hasNonNull("postalCode")) {
          values.add(address.get("postalCode").asString());
        }
        for (String axis : List.of("latitude", "longitude")) {
          if (party.hasNonNull(axis) && Math.round(party.get(axis).asDouble() * 10) / 10.0 != party.get(axis).asDouble()) {
            values.add(String.valueOf(party.get(axis).asDouble()));
          }
        }
      }
    }
    for (JsonNode batch : PROVENANCE.get("batches")) {
      double quantity = batch.path("quantity").asDouble(0);
      if (quantity >= 1000 && (quantity < 2020 || quantity > 2030)) {
        values.add(String.format(java.util.Locale.ENGLISH, "%,d", (long) quantity));
      }
    }
    return values;
  }

  private static JsonNode read(String resource) {
    try (InputStream in = ConsumerPageIntegrationTests.class.getClassLoader().getResourceAsStream(resource)) {
      return JsonMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
