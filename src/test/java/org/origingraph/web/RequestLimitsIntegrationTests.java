package org.origingraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.origingraph.IntegrationTest;
import org.springframework.http.MediaType;

/** Request bodies over the configured size are refused with 413 before anything parses them. */
class RequestLimitsIntegrationTests extends IntegrationTest {

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void anEightMegabyteUnusedVariableIsRefusedByItsContentLength() throws Exception {
    String body = "{\"query\":\"{ __typename }\",\"variables\":{\"unused\":\"" + "x".repeat(8 * 1024 * 1024) + "\"}}";
    // As curl does for a large body: the server can refuse before the body is sent at all.
    HttpResponse<String> response = client.send(post(HttpRequest.BodyPublishers.ofString(body)).expectContinue(true).build(),
        HttpResponse.BodyHandlers.ofString());
    assertTooLarge(response);
  }

  @Test
  void aStreamedBodyWithoutContentLengthIsCutOffAtTheLimit() throws Exception {
    byte[] body = ("{\"query\":\"{ __typename }\",\"variables\":{\"unused\":\"" + "x".repeat(300_000) + "\"}}")
        .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response = client.send(chunked(body), HttpResponse.BodyHandlers.ofString());
    assertTooLarge(response);
  }

  @Test
  void aStreamedBodyWithinTheLimitIsAnswered() throws Exception {
    byte[] body = "{\"query\":\"{ __typename }\"}".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response = client.send(chunked(body), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
  }

  @Test
  void aBodyJustWithinTheLimitIsAnswered() {
    String padding = " ".repeat(256 * 1024 - 64);
    http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"query\":\"{ __typename }\"" + padding + "}")
        .exchange().expectStatus().isOk().expectBody().jsonPath("$.data.__typename").isEqualTo("Query");
  }

  private HttpRequest chunked(byte[] body) {
    // An InputStream publisher has no known length, so the client streams it chunked.
    return post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
  }

  private HttpRequest.Builder post(HttpRequest.BodyPublisher body) {
    return HttpRequest.newBuilder(URI.create(url("/graphql"))).header("Content-Type", "application/json").POST(body);
  }

  private static void assertTooLarge(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"", "\"maximum\":262144");
  }
}
