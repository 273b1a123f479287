package com.acme.app.epcis;

import static com.acme.app.epcis.EpcisTestDocuments.document;
import static com.acme.app.epcis.EpcisTestDocuments.observe;
import static com.acme.app.epcis.EpcisTestDocuments.uniqueSgtin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.acme.app.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The GraphQL mutation captures like the REST binding; the events connection pages through what was captured. */
class EpcisGraphQlIntegrationTests extends IntegrationTest {

  /** A client with a generous timeout, as a first capture in a fresh context plans its statements. */
  private HttpGraphQlTester withKey(String key) {
    return graphQlWithKey(key).mutate().responseTimeout(Duration.ofSeconds(60)).build();
  }

  @Test
  void capturesADocumentAndPagesThroughItsEvents() {
    String epc = uniqueSgtin();
    String body = document(String.join(",", observe(null, epc, "2026-03-01T08:00:00+07:00"),
        observe(null, epc, "2026-03-02T08:00:00+07:00").replace("\"inspecting\"", "\"shipping\"")));
    withKey(PRODUCER_KEY).documentName("captureEpcisDocument").variable("document", body).execute()
        .path("captureEpcisDocument.status").entity(String.class).isEqualTo("SUCCESS")
        .path("captureEpcisDocument.capturedCount").entity(Integer.class).isEqualTo(2)
        .path("captureEpcisDocument.captureId").hasValue();
    var first = withKey(READER_KEY).documentName("events")
        .variable("filter", Map.of("epcs", List.of(epc), "eventTypes", List.of("OBJECT_EVENT"))).variable("first", 1)
        .execute();
    first.path("events.totalCount").entity(Integer.class).isEqualTo(2)
        .path("events.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
        .path("events.edges[0].node.type").entity(String.class).isEqualTo("OBJECT_EVENT")
        .path("events.edges[0].node.bizStep").entity(String.class).isEqualTo("inspecting")
        .path("events.edges[0].node.eventId").entity(String.class).satisfies(id -> assertThat(id).startsWith("ni:///sha-256;"));
    String cursor = first.path("events.pageInfo.endCursor").entity(String.class).get();
    withKey(READER_KEY).documentName("events")
        .variable("filter", Map.of("epcs", List.of(epc), "bizSteps", List.of("https://ref.gs1.org/cbv/BizStep-shipping")))
        .variable("first", 1).execute()
        .path("events.totalCount").entity(Integer.class).isEqualTo(1);
    withKey(READER_KEY).documentName("events")
        .variable("filter", Map.of("epcs", List.of(epc))).variable("first", 1).variable("after", cursor).execute()
        .path("events.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
        .path("events.edges[0].node.bizStep").entity(String.class).isEqualTo("shipping")
        .path("events.edges[0].node.json").entity(String.class).satisfies(json -> assertThat(json).contains("example:inspector"));
  }

  @Test
  void reportsARefusedDocumentInThePayloadWithPointers() {
    String bad = observe(null, uniqueSgtin(), "2026-03-01T08:00:00+07:00").replace("\"OBSERVE\"", "\"SHAKE\"");
    withKey(PRODUCER_KEY).documentName("captureEpcisDocument").variable("document", document(bad)).execute()
        .path("captureEpcisDocument.status").entity(String.class).isEqualTo("FAILED")
        .path("captureEpcisDocument.captureId").valueIsNull()
        .path("captureEpcisDocument.errors[0].pointer").entity(String.class).isEqualTo("/epcisBody/eventList/0/action");
  }

  @Test
  void needsAKeyToCaptureAndToReadEvents() {
    graphQl.documentName("captureEpcisDocument").variable("document", document(observe(null, uniqueSgtin(), "2026-03-01T08:00:00+07:00")))
        .execute().errors().expect(e -> "UNAUTHENTICATED".equals(e.getExtensions().get("code")));
    withKey(READER_KEY).documentName("captureEpcisDocument")
        .variable("document", document(observe(null, uniqueSgtin(), "2026-03-01T08:00:00+07:00")))
        .execute().errors().expect(e -> "FORBIDDEN".equals(e.getExtensions().get("code")));
    graphQl.documentName("events").execute().errors().expect(e -> "UNAUTHENTICATED".equals(e.getExtensions().get("code")));
  }
}
