package org.origingraph.epcis;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.origingraph.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the EPCIS query integration tests: capture a document as an administrator, then ask
 * {@code GET /epcis/events} as a reader and read the events it answers, or the problem it refuses with.
 *
 * <p>Adds no configuration to {@link IntegrationTest}, so its subclasses share the one Spring context.
 * Events captured under a name ({@link #eventId}) are found again by name ({@link #found}).
 */
abstract class EpcisQueryTest extends IntegrationTest {

  static final String RESULTS = "$.epcisBody.queryResults.resultsBody.eventList";

  /** Event ids by name, in the order they were named. */
  private final Map<String, String> ids = new LinkedHashMap<>();

  /**
   * The HTTP client, with 60 s instead of 5: the first capture or query in a fresh context plans its
   * statements, which on a loaded machine has taken longer than 5 s.
   */
  private WebTestClient client() {
    return http().mutate().responseTimeout(Duration.ofSeconds(60)).build();
  }

  /** Captures a document holding {@code events} (JSON objects, comma-separated); it must succeed. */
  void capture(String events) {
    client().post().uri("/epcis/capture").header("X-API-Key", ADMIN_KEY).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(EpcisTestDocuments.document(events)).exchange()
        .expectStatus().isAccepted()
        .expectBody().jsonPath("$.status").isEqualTo("SUCCESS");
  }

  /** A fresh eventID, remembered under {@code name} for {@link #found}. */
  String eventId(String name) {
    String id = "urn:uuid:" + UUID.randomUUID();
    ids.put(name, id);
    return id;
  }

  /** The eventID named {@code name} by {@link #eventId}, or null if there is none. */
  String idOf(String name) {
    return ids.get(name);
  }

  /** {@code GET /epcis/events} with {@code parameters} (name, value, name, value…), as a reader. */
  WebTestClient.ResponseSpec getEvents(String... parameters) {
    return client().get().uri(b -> {
          b.path("/epcis/events");
          for (int i = 0; i < parameters.length; i += 2) {
            b.queryParam(parameters[i], parameters[i + 1]);
          }
          return b.build();
        })
        .header("X-API-Key", READER_KEY).exchange();
  }

  /** The answer of {@code GET /epcis/events} to {@code parameters} (name, value…), which must be 200 OK. */
  WebTestClient.BodyContentSpec query(String... parameters) {
    return getEvents(parameters).expectStatus().isOk().expectBody();
  }

  /**
   * The names ({@link #eventId}) of the events {@code GET /epcis/events} answers for {@code parameters}
   * (name, value…), in the order they were named; events not named here are left out.
   */
  List<String> found(String... parameters) {
    String body = new String(query(parameters).returnResult().getResponseBody(), StandardCharsets.UTF_8);
    List<String> found = JsonPath.read(body, RESULTS + "[*].eventID");
    return ids.entrySet().stream().filter(e -> found.contains(e.getValue())).map(Map.Entry::getKey).toList();
  }

  /**
   * Asks for {@code parameter=value} and expects it refused: 400 with a problem+json
   * QueryParameterException that points at {@code parameter}. Returns the body for checks of the detail.
   */
  WebTestClient.BodyContentSpec refused(String parameter, String value) {
    return getEvents(parameter, value)
        .expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.code").isEqualTo("BAD_USER_INPUT")
        .jsonPath("$.type").isEqualTo("epcisException:QueryParameterException")
        .jsonPath("$.errors[0].pointer").isEqualTo(parameter);
  }
}
