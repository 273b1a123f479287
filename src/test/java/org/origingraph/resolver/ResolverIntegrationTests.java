package org.origingraph.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.origingraph.IntegrationTest;
import org.origingraph.gs1.CheckDigit;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The Digital Link resolver over HTTP, as a phone or a client would call it (redirects not followed). */
@SuppressWarnings("unchecked")
class ResolverIntegrationTests extends IntegrationTest {

  private static final String BATCH_PATH = "/01/" + FLAGSHIP_GTIN + "/10/" + FLAGSHIP_LOT;
  private static final String PIP = "https://gs1.org/voc/pip";

  /** With origin.resolver.base-url unset, links are on the host the request reached: this test's server. */
  private String portal() {
    return url("/");
  }

  private String id() {
    return url("");
  }

  private WebTestClient.ResponseSpec get(String uri, String header, String value) {
    return http().get().uri(uri).header(header, value).exchange();
  }

  private String location(WebTestClient.ResponseSpec response) {
    return response.expectStatus().isEqualTo(HttpStatus.TEMPORARY_REDIRECT)
        .returnResult(Void.class).getResponseHeaders().getFirst(HttpHeaders.LOCATION);
  }

  @Test
  void aJapanesePhoneLandsOnTheJapaneseConsumerPage() {
    var response = get(BATCH_PATH, HttpHeaders.ACCEPT_LANGUAGE, "ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7");
    String link = response.returnResult(Void.class).getResponseHeaders().getFirst(HttpHeaders.LINK);
    assertThat(link)
        .startsWith("<" + id() + BATCH_PATH + "?linkType=linkset>; rel=\"linkset\"; type=\"application/linkset+json\"; title=")
        .contains("<" + portal() + "ja" + BATCH_PATH + ">; rel=\"" + PIP + "\"; type=\"text/html\"; hreflang=\"ja\"; "
            + "title*=UTF-8''Product%20story%20%28%E6%97%A5%E6%9C%AC%E8%AA%9E%29")
        .contains("<" + portal() + "vi" + BATCH_PATH + ">; rel=\"https://gs1.org/voc/defaultLink\"")
        .contains("rel=\"https://gs1.org/voc/certificationInfo\"", "<" + url("/graphql") + ">")
        .doesNotContain("hreflang=\"fr\"");
    assertThat(link.chars()).allMatch(c -> c < 0x7F);
    assertThat(location(get(BATCH_PATH, HttpHeaders.ACCEPT_LANGUAGE, "ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7")))
        .isEqualTo(portal() + "ja" + BATCH_PATH);
  }

  @Test
  void withoutALanguagePreferenceTheDefaultLanguageIsServed() {
    assertThat(location(http().get().uri(BATCH_PATH).exchange())).isEqualTo(portal() + "vi" + BATCH_PATH);
  }

  @Test
  void taiwanReadsTraditionalAndMainlandSimplifiedChinese() {
    assertThat(location(get(BATCH_PATH, HttpHeaders.ACCEPT_LANGUAGE, "zh-TW"))).isEqualTo(portal() + "zh-Hant" + BATCH_PATH);
    assertThat(location(get(BATCH_PATH, HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9"))).isEqualTo(portal() + "zh-Hans" + BATCH_PATH);
  }

  @Test
  void theLangParameterWinsOverAcceptLanguage() {
    assertThat(location(get(BATCH_PATH + "?lang=fr-CA", HttpHeaders.ACCEPT_LANGUAGE, "ja"))).isEqualTo(portal() + "fr" + BATCH_PATH);
  }

  @Test
  void anUnmatchedOrMalformedLanguageGetsTheDefault() {
    assertThat(location(get(BATCH_PATH, HttpHeaders.ACCEPT_LANGUAGE, "fi-FI"))).isEqualTo(portal() + "vi" + BATCH_PATH);
    assertThat(location(get(BATCH_PATH, HttpHeaders.ACCEPT_LANGUAGE, ";;q=x,"))).isEqualTo(portal() + "vi" + BATCH_PATH);
  }

  /**
   * Decision 009: CLDR's language data sends readers of some languages to English rather than the
   * default, and the answer says that this is a fallback, as a story or label answer does.
   */
  @Test
  void aSwahiliReaderGetsEnglishAndIsToldItIsAFallback() {
    var swahili = get(BATCH_PATH, HttpHeaders.ACCEPT_LANGUAGE, "sw-KE").returnResult(Void.class).getResponseHeaders();
    assertThat(swahili.getFirst(HttpHeaders.LOCATION)).isEqualTo(portal() + "en" + BATCH_PATH);
    assertThat(swahili.getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
    assertThat(swahili.getFirst("Language-Fallback")).isEqualTo("sw-KE");
    var japanese = get(BATCH_PATH, HttpHeaders.ACCEPT_LANGUAGE, "ja-JP").returnResult(Void.class).getResponseHeaders();
    assertThat(japanese.getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("ja");
    assertThat(japanese.containsHeader("Language-Fallback")).isFalse();
    var finnish = get(BATCH_PATH, HttpHeaders.ACCEPT_LANGUAGE, "fi-FI").returnResult(Void.class).getResponseHeaders();
    assertThat(finnish.getFirst(HttpHeaders.LOCATION)).isEqualTo(portal() + "vi" + BATCH_PATH);
    assertThat(finnish.getFirst("Language-Fallback")).isEqualTo("fi-FI");
  }

  @Test
  void linkTypeRedirectsToThatLinkInTheNegotiatedLanguage() {
    assertThat(location(get(BATCH_PATH + "?linkType=gs1:certificationInfo", HttpHeaders.ACCEPT_LANGUAGE, "de-DE")))
        .isEqualTo(portal() + "de" + BATCH_PATH + "#certificates");
    assertThat(location(get(BATCH_PATH + "?linkType=https://ref.gs1.org/voc/traceability", HttpHeaders.ACCEPT_LANGUAGE, "ko")))
        .isEqualTo(portal() + "ko" + BATCH_PATH + "#journey");
  }

  @Test
  void theAcceptHeaderChoosesAmongLinksOfTheAskedType() {
    var request = http().get().uri(BATCH_PATH + "?linkType=gs1:traceability")
        .header(HttpHeaders.ACCEPT, "application/graphql-response+json").header(HttpHeaders.ACCEPT_LANGUAGE, "en");
    assertThat(location(request.exchange())).isEqualTo(url("/graphql"));
    var browser = http().get().uri(BATCH_PATH + "?linkType=gs1:traceability")
        .header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8").header(HttpHeaders.ACCEPT_LANGUAGE, "en");
    assertThat(location(browser.exchange())).isEqualTo(portal() + "en" + BATCH_PATH + "#journey");
  }

  @Test
  void anExplicitLinkTypeRedirectsEvenWhenJsonIsAccepted() {
    assertThat(location(get(BATCH_PATH + "?linkType=gs1:pip&lang=es", HttpHeaders.ACCEPT, "application/json")))
        .isEqualTo(portal() + "es" + BATCH_PATH);
  }

  @Test
  void theQueryStringIsPassedOnButLinkTypeAndLangAreNot() {
    assertThat(location(get(BATCH_PATH + "?17=270302&utm_source=pack&linkType=gs1:certificationInfo&lang=vi", HttpHeaders.ACCEPT_LANGUAGE, "ja")))
        .isEqualTo(portal() + "vi" + BATCH_PATH + "?17=270302&utm_source=pack#certificates");
  }

  @Test
  void aTrailingSlashIsTolerated() {
    assertThat(location(get(BATCH_PATH + "/", HttpHeaders.ACCEPT_LANGUAGE, "ja"))).isEqualTo(portal() + "ja" + BATCH_PATH);
    http().get().uri(BATCH_PATH + "/foo").exchange().expectStatus().isBadRequest();
  }

  @Test
  void aLinkTypeTheItemLacksFallsBackToTheConsumerPage() {
    assertThat(location(get(BATCH_PATH + "?linkType=gs1:recipeInfo", HttpHeaders.ACCEPT_LANGUAGE, "th")))
        .isEqualTo(portal() + "th" + BATCH_PATH);
  }

  @Test
  void acceptLinksetGivesTheLinksetWithEveryLanguage() {
    var body = get(BATCH_PATH, HttpHeaders.ACCEPT, "application/linkset+json")
        .expectStatus().isOk()
        .expectHeader().contentType("application/linkset+json")
        .expectHeader().value(HttpHeaders.LINK, link -> assertThat(link)
            .startsWith("<" + id() + BATCH_PATH + "?linkType=linkset>; rel=\"linkset\""))
        .expectBody();
    body.jsonPath("$.linkset.length()").isEqualTo(1)
        .jsonPath("$.linkset[0].anchor").isEqualTo(id() + BATCH_PATH)
        .jsonPath("$.linkset[0]['" + PIP + "'][*].hreflang[0]").value(tags -> assertThat((List<Object>) tags)
            .containsExactly("vi", "en", "ja", "zh-Hans", "zh-Hant", "ko", "th", "fr", "de", "es", "ru", "ar"))
        .jsonPath("$.linkset[0]['" + PIP + "'][2].href").isEqualTo(portal() + "ja" + BATCH_PATH)
        .jsonPath("$.linkset[0]['" + PIP + "'][2].title").isEqualTo("Product story (日本語)")
        .jsonPath("$.linkset[0]['" + PIP + "'][2].type").isEqualTo("text/html")
        .jsonPath("$.linkset[0]['https://gs1.org/voc/defaultLink'].length()").isEqualTo(1)
        .jsonPath("$.linkset[0]['https://gs1.org/voc/defaultLink'][0].hreflang[0]").isEqualTo("vi")
        .jsonPath("$.linkset[0]['https://gs1.org/voc/certificationInfo'].length()").isEqualTo(12)
        .jsonPath("$.linkset[0]['https://gs1.org/voc/traceability'][?(@.type == 'application/graphql-response+json')].href")
        .value(hrefs -> assertThat((List<Object>) hrefs).containsExactly(url("/graphql")));
  }

  @Test
  void linkTypeLinksetGivesTheLinksetWhateverTheAcceptHeader() {
    get(BATCH_PATH + "?linkType=linkset", HttpHeaders.ACCEPT, "text/html")
        .expectStatus().isOk()
        .expectHeader().contentType("application/linkset+json")
        .expectBody().jsonPath("$.linkset[0].anchor").isEqualTo(id() + BATCH_PATH);
  }

  @Test
  void aProductOffersNoLinkThatNeedsALot() {
    get("/01/" + FLAGSHIP_GTIN + "?linkType=linkset", HttpHeaders.ACCEPT, "*/*")
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.linkset[0].anchor").isEqualTo(id() + "/01/" + FLAGSHIP_GTIN)
        .jsonPath("$.linkset[0]['https://gs1.org/voc/traceability'][*].href")
        .value(hrefs -> assertThat((List<?>) hrefs).singleElement().asString().contains("graphql"));
  }

  @Test
  void aGtin13AndAnotherDomainAnchorOnTheCanonicalLink() {
    get("/01/" + FLAGSHIP_GTIN.substring(1) + "/10/" + FLAGSHIP_LOT + "/21/SN-0001?17=270302", HttpHeaders.ACCEPT, "application/json")
        .expectStatus().isOk()
        .expectHeader().value(HttpHeaders.LINK, link -> assertThat(link)
            .startsWith("<" + id() + BATCH_PATH + "/21/SN-0001?17=270302&linkType=linkset>; rel=\"linkset\""))
        .expectBody().jsonPath("$.linkset[0].anchor").isEqualTo(id() + BATCH_PATH + "/21/SN-0001?17=270302");
  }

  @Test
  void aSerialisedItemOfAKnownLotIsRedirected() {
    assertThat(location(get(BATCH_PATH + "/21/SN-0001", HttpHeaders.ACCEPT_LANGUAGE, "en-AU")))
        .isEqualTo(portal() + "en" + BATCH_PATH + "/21/SN-0001");
  }

  @Test
  void locationsAndLogisticUnitsResolveToo() {
    assertThat(location(http().get().uri("/414/8938512000107").exchange())).isEqualTo(portal() + "vi/414/8938512000107");
    assertThat(location(http().get().uri("/00/389385222600000172").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
        .header("X-API-Key", READER_KEY).exchange()))
        .isEqualTo(portal() + "en/00/389385222600000172");
  }

  @Test
  void anSsccIsNotConfirmedToAnAnonymousCaller() {
    get("/00/389385222600000172", HttpHeaders.ACCEPT_LANGUAGE, "en")
        .expectStatus().isNotFound()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
  }

  @Test
  void anUnknownGtinIsANotFoundProblem() {
    String unknown = CheckDigit.append("0893851299999");
    get("/01/" + unknown, HttpHeaders.ACCEPT, "text/html")
        .expectStatus().isNotFound()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status").isEqualTo(404)
        .jsonPath("$.code").isEqualTo("NOT_FOUND")
        .jsonPath("$.detail").isEqualTo("No product with GTIN " + unknown + " is known");
  }

  @Test
  void anUnknownLotIsANotFoundProblem() {
    get("/01/" + FLAGSHIP_GTIN + "/10/NO-SUCH-LOT", HttpHeaders.ACCEPT, "application/linkset+json")
        .expectStatus().isNotFound()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.detail").isEqualTo("No lot 'NO-SUCH-LOT' of GTIN " + FLAGSHIP_GTIN + " is known");
  }

  @Test
  void aWrongCheckDigitIsABadRequestThatSaysTheExpectedDigit() {
    http().get().uri("/01/08938512000016/10/" + FLAGSHIP_LOT).exchange()
        .expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status").isEqualTo(400)
        .jsonPath("$.code").isEqualTo("BAD_USER_INPUT")
        .jsonPath("$.detail").isEqualTo("GTIN '08938512000016' has check digit 6 but it should be 5")
        .jsonPath("$.expectedCheckDigit").isEqualTo(5)
        .jsonPath("$.identifier").isEqualTo("GTIN");
  }

  @Test
  void qualifiersOutOfOrderAreABadRequest() {
    http().get().uri("/01/" + FLAGSHIP_GTIN + "/21/SN-1/10/" + FLAGSHIP_LOT).exchange()
        .expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.code").isEqualTo("BAD_USER_INPUT")
        .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("order 22, 10, 21"));
  }

  /**
   * GS1's character set 82 allows {@code /}, {@code ;} and {@code %} in a lot; a stamp encodes them as
   * {@code %2F}, {@code %3B} and {@code %25}, and the server must neither refuse them nor split the path.
   */
  @Test
  void aLotWithASlashASemicolonAndAPercentSignResolves() {
    String lot = "CN/2026;5%";
    graphQlWithKey(ADMIN_KEY).documentName("recordBatch").variable("input", Map.of(
        "gtin", "08938513000014", "lot", lot, "facilityGln", "8938513000106",
        "producedAt", "2026-05-01T06:00:00+07:00", "quantity", Map.of("value", 10.0, "unit", "KGM"),
        "inputs", List.of())).execute().errors().verify();
    String path = "/01/08938513000014/10/CN%2F2026%3B5%25";

    assertThat(location(http().get().uri(java.net.URI.create(url(path))).exchange())).isEqualTo(portal() + "vi" + path);
    http().get().uri(java.net.URI.create(url(path + "?linkType=linkset"))).accept(MediaType.APPLICATION_JSON).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.linkset[0].anchor").isEqualTo(id() + path);
  }

  @Test
  void anEncodedSlashCannotSplitTheLotIntoAnotherQualifier() {
    // decoded too early, this would read as the flagship lot with serial S1 and redirect
    http().get().uri(java.net.URI.create(url(BATCH_PATH + "%2F21%2FS1"))).exchange()
        .expectStatus().isNotFound();
  }

  @Test
  void aMalformedGlnIsABadRequest() {
    http().get().uri("/414/8938512000108").exchange()
        .expectStatus().isBadRequest()
        .expectBody().jsonPath("$.expectedCheckDigit").isEqualTo(7);
  }

  @Test
  void browsersMayCallTheResolverFromAnyOrigin() {
    http().options().uri(BATCH_PATH)
        .header(HttpHeaders.ORIGIN, "https://shop.example.jp")
        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
        .exchange()
        .expectStatus().isOk()
        .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
    http().get().uri(BATCH_PATH).header(HttpHeaders.ORIGIN, "https://shop.example.jp").exchange()
        .expectStatus().isEqualTo(HttpStatus.TEMPORARY_REDIRECT)
        .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
        .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD, OPTIONS");
  }

  @Test
  void headAnswersLikeGetWithoutABody() {
    http().head().uri(BATCH_PATH).header(HttpHeaders.ACCEPT_LANGUAGE, "ja").exchange()
        .expectStatus().isEqualTo(HttpStatus.TEMPORARY_REDIRECT)
        .expectHeader().valueEquals(HttpHeaders.LOCATION, portal() + "ja" + BATCH_PATH);
  }

  @Test
  void theWellKnownFileDescribesTheResolver() {
    http().get().uri("/.well-known/gs1resolver").exchange()
        .expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
        .expectBody()
        .jsonPath("$.resolverRoot").isEqualTo(id())
        .jsonPath("$.supportedPrimaryKeys").value(keys -> assertThat((List<Object>) keys).contains("01", "414", "00"))
        .jsonPath("$.supportedLinkType[0].prefix").isEqualTo("gs1:")
        .jsonPath("$.supportedLinkType[0].namespace").isEqualTo("https://gs1.org/voc/");
  }
}
