package org.origingraph.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.origingraph.IntegrationTest;
import org.origingraph.api.GlobalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * GraphQL over HTTP as a front-end uses it: GET, persisted queries, caching headers, CORS and the
 * in-process response cache, against the running application.
 */
class GraphQlHttpIntegrationTests extends IntegrationTest {

  private static final String COCONUTS = "08938513000014";
  private static final String FARM = "8938513000106";

  @Autowired
  private PersistedDocuments documents;

  @Autowired
  private OperationManifest manifest;

  /** GET /graphql with these query parameters, encoded as a browser would. */
  private URI get(Map<String, String> params) {
    var builder = UriComponentsBuilder.fromUriString(url("/graphql"));
    Map<String, Object> values = new HashMap<>();
    params.forEach((name, value) -> {
      builder.queryParam(name, "{" + name + "}");
      values.put(name, value);
    });
    return builder.encode().buildAndExpand(values).toUri();
  }

  private static String persisted(String hash) {
    return "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
  }

  private String hashOf(String operation) {
    for (OperationManifest.Operation o : manifest.operations()) {
      if (o.id().equals(operation)) {
        return o.sha256Hash();
      }
    }
    throw new AssertionError("no registered operation " + operation);
  }

  private static String flagshipVariables() {
    return "{\"gtin\":\"" + FLAGSHIP_GTIN + "\",\"lot\":\"" + FLAGSHIP_LOT + "\"}";
  }

  @Test
  void getRunsAQueryAndAnonymousAnswersArePubliclyCacheable() {
    http().get().uri(get(Map.of("query", "query Name($gtin: String!) { product(gtin: $gtin) { name } }",
            "variables", "{\"gtin\":\"" + FLAGSHIP_GTIN + "\"}")))
        .exchange()
        .expectStatus().isOk()
        .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "public, max-age=60")
        .expectHeader().value(HttpHeaders.ETAG, etag -> assertThat(etag).matches("\"[A-Za-z0-9_-]{43}\""))
        .expectHeader().values(HttpHeaders.VARY, vary -> assertThat(String.join(",", vary)).contains("Accept-Language"))
        .expectBody()
        .jsonPath("$.data.product.name").isEqualTo("Kẹo dừa Bến Tre – vị sầu riêng lá dứa (túi 400 g)")
        .jsonPath("$.errors").doesNotExist();
  }

  @Test
  void aMutationOverGetIsRefusedWith405AndWritesNothing() {
    String lot = "GET-MUT-" + UUID.randomUUID().toString().substring(0, 8);
    String mutation = "mutation { recordBatch(input: {gtin: \"" + COCONUTS + "\", lot: \"" + lot + "\", facilityGln: \""
        + FARM + "\", producedAt: \"2026-05-01T06:00:00+07:00\"}) { batch { lot } } }";
    http().get().uri(get(Map.of("query", mutation))).header("X-API-Key", PRODUCER_KEY)
        .exchange()
        .expectStatus().isEqualTo(405)
        .expectHeader().valueEquals(HttpHeaders.ALLOW, "POST")
        .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
        .expectBody()
        .jsonPath("$.errors[0].extensions.code").isEqualTo("METHOD_NOT_ALLOWED")
        .jsonPath("$.data").doesNotExist();
    graphQl.document("{ batch(gtin: \"" + COCONUTS + "\", lot: \"" + lot + "\") { lot } }").execute().errors().verify()
        .path("batch").valueIsNull();
  }

  @Test
  void variablesThatAreNotAJsonObjectAre400NamingVariables() {
    http().get().uri(get(Map.of("query", "{ product(gtin: \"" + FLAGSHIP_GTIN + "\") { name } }", "variables", "{gtin:")))
        .exchange()
        .expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_REQUEST")
        .jsonPath("$.errors[0].extensions.argument").isEqualTo("variables");
    http().get().uri("/graphql").exchange()
        .expectStatus().isBadRequest()
        .expectBody().jsonPath("$.errors[0].extensions.argument").isEqualTo("query");
  }

  @Test
  void aQueryStringThatDoesNotDecodeIsRefusedAtTheEdge() {
    http().get().uri(URI.create(url("/graphql") + "?query=%C3%28")).exchange()
        .expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.code").isEqualTo("BAD_USER_INPUT")
        .jsonPath("$.argument").isEqualTo("query");
  }

  @Test
  void automaticPersistedQueryIsUnknownThenRegisteredThenServedByHash() {
    String query = "query Apq" + UUID.randomUUID().toString().replace("-", "") + " { product(gtin: \"" + FLAGSHIP_GTIN
        + "\") { gtin } }";
    String hash = OperationManifest.sha256(query);

    http().get().uri(get(Map.of("extensions", persisted(hash)))).exchange()
        .expectStatus().isOk()
        .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
        .expectHeader().doesNotExist(HttpHeaders.ETAG)
        .expectBody()
        .jsonPath("$.errors[0].message").isEqualTo("PersistedQueryNotFound")
        .jsonPath("$.errors[0].extensions.code").isEqualTo("PERSISTED_QUERY_NOT_FOUND");

    graphQl.document(query).extension("persistedQuery", Map.of("version", 1, "sha256Hash", hash)).execute()
        .errors().verify().path("product.gtin").entity(String.class).isEqualTo(FLAGSHIP_GTIN);

    http().get().uri(get(Map.of("extensions", persisted(hash)))).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.data.product.gtin").isEqualTo(FLAGSHIP_GTIN);
  }

  @Test
  void aHashThatIsNotTheQuerysIsRefused() {
    String query = "{ product(gtin: \"" + FLAGSHIP_GTIN + "\") { gtin } }";
    String wrong = OperationManifest.sha256(query + " ");
    http().get().uri(get(Map.of("query", query, "extensions", persisted(wrong)))).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_USER_INPUT")
        .jsonPath("$.errors[0].extensions.argument").isEqualTo("extensions.persistedQuery.sha256Hash")
        .jsonPath("$.data").doesNotExist();
    // not registered under the wrong hash either
    http().get().uri(get(Map.of("extensions", persisted(wrong)))).exchange()
        .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("PERSISTED_QUERY_NOT_FOUND");
  }

  @Test
  void registeredOnlyModeLetsAnonymousCallersRunOnlyTheManifest() {
    documents.publicRegisteredOnly(true);
    try {
      String adHoc = "{ product(gtin: \"" + FLAGSHIP_GTIN + "\") { name } }";
      http().get().uri(get(Map.of("query", adHoc))).exchange()
          .expectStatus().isOk()
          .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
          .expectBody()
          .jsonPath("$.errors[0].extensions.code").isEqualTo("OPERATION_NOT_REGISTERED")
          .jsonPath("$.data").doesNotExist();
      graphQl.document(adHoc).execute().errors().expect(e -> "OPERATION_NOT_REGISTERED".equals(e.getExtensions().get("code")))
          .verify();

      http().get().uri(get(Map.of("extensions", persisted(hashOf("ProductStories")),
              "variables", "{\"gtin\":\"" + FLAGSHIP_GTIN + "\"}"))).exchange()
          .expectStatus().isOk()
          .expectBody().jsonPath("$.data.product.gtin").isEqualTo(FLAGSHIP_GTIN);
      http().get().uri(get(Map.of("documentId", "ProductStories", "variables", "{\"gtin\":\"" + FLAGSHIP_GTIN + "\"}")))
          .exchange()
          .expectBody().jsonPath("$.data.product.gtin").isEqualTo(FLAGSHIP_GTIN);

      graphQlWithKey(IMPORTER_KEY).document(adHoc).execute().errors().verify().path("product.name").hasValue();
    } finally {
      documents.publicRegisteredOnly(false);
    }
  }

  @Test
  void aMatchingEtagIsAnswered304WithoutABody() {
    URI uri = get(Map.of("extensions", persisted(hashOf("ConsumerStory")), "variables", flagshipVariables()));
    EntityExchangeResult<byte[]> first = http().get().uri(uri).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.data.product.gtin").isEqualTo(FLAGSHIP_GTIN)
        .jsonPath("$.data.provenance.tiers").isEqualTo(5)
        .jsonPath("$.errors").doesNotExist()
        .returnResult();
    String etag = first.getResponseHeaders().getETag();
    assertThat(etag).isNotNull();

    http().get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, "\"other\", " + etag).exchange()
        .expectStatus().isNotModified()
        .expectHeader().valueEquals(HttpHeaders.ETAG, etag)
        .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "public, max-age=60")
        .expectBody().isEmpty();
    http().get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, "\"other\"").exchange()
        .expectStatus().isOk();
  }

  @Test
  void aCachedAnswerComesGzippedToClientsThatAcceptIt() throws java.io.IOException {
    URI uri = get(Map.of("documentId", "ProductStories", "variables", "{\"gtin\":\"" + FLAGSHIP_GTIN + "\"}"));
    String plain = http().get().uri(uri).header(HttpHeaders.ACCEPT_LANGUAGE, "fr").exchange()
        .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    EntityExchangeResult<byte[]> zipped = http().get().uri(uri).header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
        .header(HttpHeaders.ACCEPT_ENCODING, "br;q=1.0, gzip;q=0.8").exchange()
        .expectStatus().isOk()
        .expectHeader().valueEquals(HttpHeaders.CONTENT_ENCODING, "gzip")
        .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "public, max-age=60")
        .expectBody().returnResult();
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.getResponseBody()))) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(plain);
    }
    String etag = zipped.getResponseHeaders().getETag();
    assertThat(etag).endsWith("-gzip\"");
    http().get().uri(uri).header(HttpHeaders.ACCEPT_LANGUAGE, "fr").header(HttpHeaders.ACCEPT_ENCODING, "gzip")
        .header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
        .expectStatus().isNotModified();
  }

  @Test
  void anAuthenticatedCallersAnswerIsPrivate() {
    URI uri = get(Map.of("extensions", persisted(hashOf("ConsumerStory")), "variables", flagshipVariables()));
    EntityExchangeResult<byte[]> answer = http().get().uri(uri).header("X-API-Key", IMPORTER_KEY).exchange()
        .expectStatus().isOk()
        .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "private, no-cache")
        .expectBody().jsonPath("$.data.product.gtin").isEqualTo(FLAGSHIP_GTIN)
        .returnResult();
    String etag = answer.getResponseHeaders().getETag();
    assertThat(etag).isNotNull();
    http().get().uri(uri).header("X-API-Key", IMPORTER_KEY).header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
        .expectStatus().isNotModified();
  }

  @Test
  void postAnswersAreNotCached() {
    http().post().uri("/graphql").header(HttpHeaders.CONTENT_TYPE, "application/json")
        .bodyValue(Map.of("query", "{ product(gtin: \"" + FLAGSHIP_GTIN + "\") { gtin } }"))
        .exchange()
        .expectStatus().isOk()
        .expectHeader().value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-store"));
  }

  @Test
  void browsersOnOtherOriginsMayReadAnonymously() {
    http().options().uri("/graphql")
        .header(HttpHeaders.ORIGIN, "https://shop.example")
        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type")
        .exchange()
        .expectStatus().isOk()
        .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
        .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, m -> assertThat(m).contains("GET", "POST"))
        .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);

    http().get().uri(get(Map.of("query", "{ product(gtin: \"" + FLAGSHIP_GTIN + "\") { gtin } }")))
        .header(HttpHeaders.ORIGIN, "https://shop.example")
        .exchange()
        .expectStatus().isOk()
        .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
        .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, h -> assertThat(h).contains("ETag"))
        .expectBody().jsonPath("$.data.product.gtin").isEqualTo(FLAGSHIP_GTIN);
  }

  @Test
  void onlyConfiguredOriginsMaySendCredentials() {
    http().options().uri("/graphql")
        .header(HttpHeaders.ORIGIN, "https://shop.example")
        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type, x-api-key")
        .exchange()
        // The browser sends the request only when every header it asked for is allowed.
        .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, h -> assertThat(h.toLowerCase()).doesNotContain("x-api-key"));

    http().options().uri("/graphql")
        .header(HttpHeaders.ORIGIN, "https://partner.example")
        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type, x-api-key")
        .exchange()
        .expectStatus().isOk()
        .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://partner.example")
        .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, h -> assertThat(h.toLowerCase()).contains("x-api-key"));
  }

  @Test
  void cachedAnswersAreServedWithoutTheDatabaseUntilABatchIsRecorded() {
    String query = "query Lots" + UUID.randomUUID().toString().replace("-", "")
        + "($gtin: String!) { product(gtin: $gtin) { batches(first: 100) { edges { node { lot } } } } }";
    String hash = OperationManifest.sha256(query);
    String variables = "{\"gtin\":\"" + COCONUTS + "\"}";
    URI register = get(Map.of("query", query, "extensions", persisted(hash), "variables", variables));
    URI byHash = get(Map.of("extensions", persisted(hash), "variables", variables));
    WebTestClient client = http();
    client.get().uri(register).exchange().expectStatus().isOk().expectBody().jsonPath("$.errors").doesNotExist();

    int cached = statements.count(() -> {
      client.get().uri(byHash).exchange().expectStatus().isOk()
          .expectBody().jsonPath("$.data.product.batches.edges").isArray();
    });
    assertThat(cached).as("statements for a cached answer").isZero();
    int authenticated = statements.count(() -> {
      client.get().uri(byHash).header("X-API-Key", IMPORTER_KEY).exchange().expectStatus().isOk();
    });
    assertThat(authenticated).as("an authenticated caller is never served from the cache").isPositive();

    String lot = "HTTP-CACHE-" + UUID.randomUUID().toString().substring(0, 8);
    graphQlWithKey(ADMIN_KEY).document("mutation($input: RecordBatchInput!) { recordBatch(input: $input) { batch { lot } } }")
        .variable("input", Map.of("gtin", COCONUTS, "lot", lot, "facilityGln", FARM, "producedAt", "2026-05-01T06:00:00+07:00"))
        .execute().errors().verify();

    var after = statements.count(() -> client.get().uri(byHash).exchange().expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody());
    assertThat(after.statements()).as("statements after the write").isPositive();
    assertThat(after.result()).contains(lot);
  }

  @Test
  void aStoryTranslationDropsCachedAnswers() {
    String beer = "08938521000020";
    String title = "Cache probe " + UUID.randomUUID().toString().substring(0, 8);
    URI uri = get(Map.of("documentId", "ProductStories", "variables", "{\"gtin\":\"" + beer + "\",\"locale\":\"it\"}"));
    WebTestClient client = http();
    client.get().uri(uri).exchange().expectStatus().isOk();
    assertThat(statements.count(() -> {
      client.get().uri(uri).exchange().expectStatus().isOk();
    })).isZero();

    graphQlWithKey(ADMIN_KEY).document("mutation($input: UpsertStoryTranslationInput!) { upsertStoryTranslation(input: $input) { story { locale } } }")
        .variable("input", Map.of("subjectId", GlobalId.encode("Product", beer), "kind", "ORIGIN", "locale", "it",
            "title", title, "body", "Birra di Hưng Yên."))
        .execute().errors().verify();

    String body = client.get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    assertThat(body).contains(title);
  }

  @Test
  void eachLanguageHasItsOwnCachedAnswer() {
    URI uri = get(Map.of("documentId", "ProductStories", "variables", "{\"gtin\":\"" + FLAGSHIP_GTIN + "\"}"));
    List<String> locales = List.of("ja", "ar");
    for (String language : locales) {
      for (int i = 0; i < 2; i++) {
        http().get().uri(uri).header(HttpHeaders.ACCEPT_LANGUAGE, language).exchange()
            .expectStatus().isOk()
            .expectBody().jsonPath("$.data.product.stories[0].locale").isEqualTo(language);
      }
    }
  }
}
