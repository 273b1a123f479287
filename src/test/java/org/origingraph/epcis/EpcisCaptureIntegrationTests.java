package org.origingraph.epcis;

import static org.origingraph.epcis.EpcisTestDocuments.document;
import static org.origingraph.epcis.EpcisTestDocuments.observe;
import static org.origingraph.epcis.EpcisTestDocuments.uniqueSgtin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.origingraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Capture over the REST binding: the 202/Location/status contract, refusals as problem+json, rollback. */
class EpcisCaptureIntegrationTests extends IntegrationTest {

  @Autowired
  Neo4jClient neo4j;

  /**
   * The HTTP client with a generous timeout: the first capture in a fresh context plans a dozen
   * statements, which on a loaded 2-core machine can exceed the default 5 s.
   */
  WebTestClient client() {
    return http().mutate().responseTimeout(Duration.ofSeconds(60)).build();
  }

  WebTestClient.ResponseSpec post(String body, String key, String behaviour) {
    var request = client().post().uri("/epcis/capture").contentType(MediaType.valueOf("application/ld+json"));
    if (key != null) {
      request = request.header("X-API-Key", key);
    }
    if (behaviour != null) {
      request = request.header("GS1-Capture-Error-Behaviour", behaviour);
    }
    return request.bodyValue(body).exchange();
  }

  long events(String eventId) {
    return neo4j.query("MATCH (e:Event {eventId: $id}) RETURN count(e)").bind(eventId).to("id").fetchAs(Long.class).one().orElseThrow();
  }

  static String eventId() {
    return "urn:uuid:" + UUID.randomUUID();
  }

  @Test
  void acceptsADocumentWith202AndALocationWhoseJobSaysSuccess() {
    String id = eventId();
    String location = post(document(observe(id, uniqueSgtin(), "2026-03-01T08:00:00+07:00")), CAPTURE_KEY, null)
        .expectStatus().isAccepted()
        .expectHeader().valueEquals("GS1-EPCIS-Version", "2.0.0")
        .expectHeader().valueEquals("GS1-CBV-Version", "2.0.0")
        .expectHeader().value("Location", l -> assertThat(l).startsWith("/epcis/capture/"))
        .returnResult(String.class).getResponseHeaders().getLocation().toString();
    client().get().uri(location).header("X-API-Key", CAPTURE_KEY).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.status").isEqualTo("SUCCESS")
        .jsonPath("$.running").isEqualTo(false)
        .jsonPath("$.success").isEqualTo(true)
        .jsonPath("$.captureErrorBehaviour").isEqualTo("rollback")
        .jsonPath("$.capturedCount").isEqualTo(1);
    assertThat(events(id)).isEqualTo(1);
  }

  @Test
  void keepsExtensionFieldsAndReturnsTheEventAsCaptured() {
    String id = eventId();
    post(document(observe(id, uniqueSgtin(), "2026-03-01T08:00:00+07:00")), CAPTURE_KEY, null).expectStatus().isAccepted();
    client().get().uri("/epcis/events/{id}", id).header("X-API-Key", READER_KEY).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.eventID").isEqualTo(id)
        .jsonPath("$['example:inspector']['example:name']").isEqualTo("Lan")
        .jsonPath("$['@context'][1].example").isEqualTo("http://ns.example.com/epcis/");
  }

  @Test
  void refusesAnonymousCallersWith401AndKeysWithoutTheRoleWith403() {
    String body = document(observe(eventId(), uniqueSgtin(), "2026-03-01T08:00:00+07:00"));
    post(body, null, null).expectStatus().isUnauthorized()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
    post(body, READER_KEY, null).expectStatus().isForbidden()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.code").isEqualTo("FORBIDDEN");
    client().get().uri("/epcis/events").exchange().expectStatus().isUnauthorized();
  }

  @Test
  void refusesMalformedJson() {
    post("{\"type\": \"EPCISDocument\", ", CAPTURE_KEY, null)
        .expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.code").isEqualTo("MALFORMED_JSON");
  }

  @Test
  void refusesSchemaViolationsWithPointersAndWritesNothingOfTheDocument() {
    String good = eventId();
    String bad = observe(eventId(), uniqueSgtin(), "2026-03-01T08:00:00+07:00").replace("\"OBSERVE\"", "\"SHAKE\"");
    post(document(observe(good, uniqueSgtin(), "2026-03-01T08:00:00+07:00") + "," + bad), CAPTURE_KEY, "rollback")
        .expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.code").isEqualTo("SCHEMA_VIOLATION")
        .jsonPath("$.type").isEqualTo("epcisException:ValidationException")
        .jsonPath("$.errors[0].pointer").isEqualTo("/epcisBody/eventList/1/action");
    assertThat(events(good)).isZero();
  }

  @Test
  void refusesUnknownEventTypesAndInvalidIdentifiersWithPointers() {
    String unknown = "{\"type\": \"TeleportEvent\", \"eventTime\": \"2026-03-01T08:00:00Z\", \"eventTimeZoneOffset\": \"+00:00\"}";
    post(document(unknown), CAPTURE_KEY, null).expectStatus().isBadRequest()
        .expectBody().jsonPath("$.errors[?(@.code == 'UNKNOWN_EVENT_TYPE')].pointer").isEqualTo("/epcisBody/eventList/0/type");
    String good = eventId();
    String badGtin = observe(eventId(), "https://id.gs1.org/01/08935999123450/21/1", "2026-03-01T08:00:00+07:00");
    post(document(observe(good, uniqueSgtin(), "2026-03-01T08:00:00+07:00") + "," + badGtin), CAPTURE_KEY, null)
        .expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.code").isEqualTo("INVALID_IDENTIFIER")
        .jsonPath("$.errors[0].pointer").isEqualTo("/epcisBody/eventList/1/epcList/0");
    assertThat(events(good)).isZero();
  }

  @Test
  void proceedModeStoresTheValidEventsAndListsTheOthers() {
    String good = eventId();
    String skipped = eventId();
    String bad = observe(skipped, "urn:epc:id:sgtin:8935999.12.1", "2026-03-01T08:00:00+07:00");
    post(document(observe(good, uniqueSgtin(), "2026-03-01T08:00:00+07:00") + "," + bad), CAPTURE_KEY, "proceed")
        .expectStatus().isAccepted()
        .expectBody()
        .jsonPath("$.status").isEqualTo("SUCCESS")
        .jsonPath("$.capturedCount").isEqualTo(1)
        .jsonPath("$.errors[0].pointer").isEqualTo("/epcisBody/eventList/1/epcList/0");
    assertThat(events(good)).isEqualTo(1);
    assertThat(events(skipped)).isZero();
  }

  @Test
  void refusesADocumentOverTheConfiguredSizeWith413() {
    String filler = "x".repeat(300_000);
    String body = document(observe(eventId(), uniqueSgtin(), "2026-03-01T08:00:00+07:00")
        .replace("\"Lan\"", "\"" + filler + "\""));
    post(body, CAPTURE_KEY, null).expectStatus().isEqualTo(413)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.code").isEqualTo("CAPTURE_LIMIT_EXCEEDED");
  }

  @Test
  void capturingTheSameDocumentTwiceStoresEachEventOnce() {
    String withId = eventId();
    String sgtin = uniqueSgtin();
    String body = document(observe(withId, uniqueSgtin(), "2026-03-01T08:00:00+07:00") + ","
        + observe(null, sgtin, "2026-03-01T09:00:00+07:00"));
    post(body, CAPTURE_KEY, null).expectStatus().isAccepted().expectBody().jsonPath("$.capturedCount").isEqualTo(2);
    post(body, CAPTURE_KEY, null).expectStatus().isAccepted().expectBody()
        .jsonPath("$.capturedCount").isEqualTo(0)
        .jsonPath("$.duplicateCount").isEqualTo(2);
    assertThat(events(withId)).isEqualTo(1);
    long hashed = neo4j.query("MATCH (e:Event) WHERE e.json CONTAINS $epc RETURN count(e)").bind(sgtin).to("epc")
        .fetchAs(Long.class).one().orElseThrow();
    assertThat(hashed).isEqualTo(1);
  }

  @Test
  void anErrorDeclarationMarksTheOriginalErroneousWithoutDeletingIt() {
    String id = eventId();
    String original = observe(id, uniqueSgtin(), "2026-03-01T08:00:00+07:00");
    post(document(original), CAPTURE_KEY, null).expectStatus().isAccepted();
    String declaration = original.replaceFirst("\\{", "{\"errorDeclaration\": {\"declarationTime\": \"2026-03-02T08:00:00Z\", \"reason\": \"incorrect_data\"}, ");
    post(document(declaration), CAPTURE_KEY, null).expectStatus().isAccepted();
    Map<String, Object> stored = neo4j.query("MATCH (e:Event {eventId: $id}) RETURN e.erroneous AS erroneous, count(*) AS n")
        .bind(id).to("id").fetch().one().orElseThrow();
    assertThat(stored).containsEntry("erroneous", true).containsEntry("n", 1L);
    client().get().uri("/epcis/events/{id}", id).header("X-API-Key", READER_KEY).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.errorDeclaration.reason").isEqualTo("incorrect_data");
  }

  @Test
  void unknownCaptureJobsAndEventsAre404ProblemJson() {
    client().get().uri("/epcis/capture/nope").header("X-API-Key", CAPTURE_KEY).exchange()
        .expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    client().get().uri("/epcis/events/{id}", "urn:uuid:none")
        .header("X-API-Key", READER_KEY).exchange()
        .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
  }
}
