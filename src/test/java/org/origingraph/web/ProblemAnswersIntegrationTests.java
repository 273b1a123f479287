package org.origingraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.origingraph.IntegrationTest;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Malformed requests found by probing the service get a clear answer with a code: problem+json on
 * every HTTP endpoint, a GraphQL error with {@code extensions.code} for a GraphQL request that is not
 * JSON. None of them is a 500, an empty body or Spring's default error JSON.
 */
class ProblemAnswersIntegrationTests extends IntegrationTest {

  @Test
  void aMalformedPercentEscapeInAnEpcisQueryNamesTheParameter() throws IOException {
    RawResponse response = get("/epcis/events?EQ_bizStep=%zz", "X-API-Key: " + READER_KEY);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body().get("code").asString()).isEqualTo("BAD_USER_INPUT");
    assertThat(response.body().get("argument").asString()).isEqualTo("EQ_bizStep");
    assertThat(response.body().get("detail").asString()).contains("EQ_bizStep");
  }

  @Test
  void aMalformedLanguageOnTheResolverNamesLang() throws IOException {
    RawResponse response = get("/01/" + FLAGSHIP_GTIN + "?lang=%zz");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body().get("code").asString()).isEqualTo("BAD_USER_INPUT");
    assertThat(response.body().get("argument").asString()).isEqualTo("lang");
  }

  @Test
  void escapesThatAreNotUtf8AreRefusedToo() throws IOException {
    RawResponse response = get("/01/" + FLAGSHIP_GTIN + "?lang=%C3%28");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body().get("argument").asString()).isEqualTo("lang");
  }

  @Test
  void badJsonToGraphQlIsABadRequestWithItsPosition() {
    http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"query\": ")
        .exchange()
        .expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
        .expectBody()
        .jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_REQUEST")
        .jsonPath("$.errors[0].extensions.line").isEqualTo(1)
        .jsonPath("$.errors[0].extensions.column").isEqualTo(11)
        .jsonPath("$.errors[0].message").value(message ->
            assertThat((String) message).contains("line 1, column 11"));
  }

  @Test
  void jsonWithoutAQueryIsABadRequest() {
    http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"foo\": 1}")
        .exchange()
        .expectStatus().isBadRequest()
        .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_REQUEST");
  }

  @Test
  void plainTextToGraphQlSaysWhichMediaTypesAreAccepted() {
    http().post().uri("/graphql").contentType(MediaType.TEXT_PLAIN).bodyValue("{ __typename }")
        .exchange()
        .expectStatus().isEqualTo(415)
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.code").isEqualTo("UNSUPPORTED_MEDIA_TYPE")
        .jsonPath("$.accepted[0]").isEqualTo("application/json")
        .jsonPath("$.detail").value(detail ->
            assertThat((String) detail).contains("text/plain", "application/json"));
  }

  @Test
  void getOnGraphQlWithoutAQuerySaysWhatIsMissing() {
    // GET /graphql runs queries (httpapi, docs/frontend.md); without one it names the parameter.
    http().get().uri("/graphql").exchange()
        .expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_REQUEST")
        .jsonPath("$.errors[0].extensions.argument").isEqualTo("query");
  }

  @Test
  void anUnknownPathIsNotFoundWithACode() {
    http().get().uri("/no-such-page").exchange()
        .expectStatus().isNotFound()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
  }

  @Test
  void aUrlTheFirewallRefusesIsABadRequestWithACode() throws IOException {
    RawResponse response = get("/01/%2e%2e/admin");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body().get("code").asString()).isEqualTo("BAD_REQUEST");
    assertThat(response.body().toString()).doesNotContain("Exception", "at org.");
  }

  /** A status, content type and JSON body, read off a socket: no HTTP client sends a malformed escape. */
  private record RawResponse(int status, String contentType, JsonNode body) {}

  private RawResponse get(String target, String... headers) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      String request = "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
          + String.join("", java.util.Arrays.stream(headers).map(h -> h + "\r\n").toList()) + "\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int split = response.indexOf("\r\n\r\n");
      String[] head = response.substring(0, split).split("\r\n");
      String contentType = java.util.Arrays.stream(head).filter(h -> h.toLowerCase().startsWith("content-type:"))
          .map(h -> h.substring("content-type:".length()).strip()).findFirst().orElse("");
      String body = response.substring(split + 4);
      if (java.util.Arrays.stream(head).anyMatch(h -> h.equalsIgnoreCase("transfer-encoding: chunked"))) {
        body = dechunk(body);
      }
      return new RawResponse(Integer.parseInt(head[0].split(" ")[1]), contentType, JsonMapper.builder().build().readTree(body));
    }
  }

  private static String dechunk(String chunked) {
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (true) {
      int end = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, end).strip(), 16);
      if (size == 0) {
        return body.toString();
      }
      body.append(chunked, end + 2, end + 2 + size);
      at = end + 2 + size + 2;
    }
  }
}
