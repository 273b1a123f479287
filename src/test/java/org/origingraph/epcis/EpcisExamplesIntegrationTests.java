package org.origingraph.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.origingraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GS1's own example documents go in and come out through the query interface; duplicates race safely. */
class EpcisExamplesIntegrationTests extends IntegrationTest {

  private static final JsonMapper json = JsonMapper.builder().build();

  @Autowired
  Neo4jClient neo4j;

  /**
   * The HTTP client with a generous timeout: the first capture in a fresh context plans a dozen
   * statements, which on a loaded 2-core machine can exceed the default 5 s.
   */
  WebTestClient client() {
    return http().mutate().responseTimeout(Duration.ofSeconds(60)).build();
  }

  @Test
  void everyOfficialExampleIsCapturedAndFoundThroughTheQueryInterface() throws Exception {
    List<Path> examples = EpcisTestDocuments.officialExamples();
    assertThat(examples).hasSizeGreaterThanOrEqualTo(14);
    for (Path example : examples) {
      String body = Files.readString(example);
      client().post().uri("/epcis/capture").header("X-API-Key", ADMIN_KEY)
          .contentType(MediaType.valueOf("application/ld+json")).bodyValue(body).exchange()
          .expectStatus().isAccepted()
          .expectBody().jsonPath("$.status").isEqualTo("SUCCESS");
      for (JsonNode event : json.readTree(body).path("epcisBody").path("eventList")) {
        if (event.has("eventID")) {
          // ni:///sha-256;…?ver=CBV2.0 ids travel URL-encoded, slashes and semicolon included
          client().get().uri("/epcis/events/{id}", event.path("eventID").asString()).header("X-API-Key", READER_KEY)
              .exchange().expectStatus().isOk()
              .expectBody().jsonPath("$.type").isEqualTo(event.path("type").asString())
              .jsonPath("$.eventTime").isEqualTo(event.path("eventTime").asString());
        } else {
          String epc = event.path("epcList").get(0).asString();
          client().get().uri(b -> b.path("/epcis/events").queryParam("MATCH_epc", epc)
                  .queryParam("eventType", event.path("type").asString()).build())
              .header("X-API-Key", READER_KEY).exchange().expectStatus().isOk()
              .expectBody()
              .jsonPath("$.type").isEqualTo("EPCISQueryDocument")
              .jsonPath("$.epcisBody.queryResults.resultsBody.eventList[0].eventTime").isEqualTo(event.path("eventTime").asString());
        }
      }
    }
  }

  @Test
  void theQueryFiltersPagesAndLinksTheNextPage() {
    String epc = EpcisTestDocuments.uniqueSgtin();
    String body = EpcisTestDocuments.document(String.join(",",
        EpcisTestDocuments.observe(null, epc, "2026-03-01T08:00:00+07:00"),
        EpcisTestDocuments.observe(null, epc, "2026-03-02T08:00:00+07:00"),
        EpcisTestDocuments.observe(null, epc, "2026-03-03T08:00:00+07:00")));
    client().post().uri("/epcis/capture").header("X-API-Key", ADMIN_KEY).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body).exchange().expectStatus().isAccepted();
    String link = client().get().uri(b -> b.path("/epcis/events").queryParam("MATCH_epc", epc)
            .queryParam("EQ_bizStep", "https://ref.gs1.org/cbv/BizStep-inspecting").queryParam("perPage", 2).build())
        .header("X-API-Key", READER_KEY).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.epcisBody.queryResults.resultsBody.eventList.length()").isEqualTo(2)
        .jsonPath("$.epcisBody.queryResults.resultsBody.eventList[0].eventTime").isEqualTo("2026-03-01T08:00:00+07:00")
        .returnResult().getResponseHeaders().getFirst("Link");
    assertThat(link).contains("nextPageToken=").endsWith(">; rel=\"next\"");
    String next = link.substring(1, link.indexOf('>'));
    client().get().uri(java.net.URI.create(next)).header("X-API-Key", READER_KEY).exchange()
        .expectStatus().isOk()
        .expectHeader().doesNotExist("Link")
        .expectBody()
        .jsonPath("$.epcisBody.queryResults.resultsBody.eventList.length()").isEqualTo(1)
        .jsonPath("$.epcisBody.queryResults.resultsBody.eventList[0].eventTime").isEqualTo("2026-03-03T08:00:00+07:00");
    client().get().uri("/epcis/events?GE_eventTime=2026-99-01").header("X-API-Key", READER_KEY).exchange()
        .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    client().get().uri("/epcis/events?perPage=many").header("X-API-Key", READER_KEY).exchange()
        .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("BAD_USER_INPUT");
    client().get().uri("/epcis/events?perPage=0").header("X-API-Key", READER_KEY).exchange()
        .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].pointer").isEqualTo("perPage");
    client().get().uri("/epcis/events?nextPageToken=forged").header("X-API-Key", READER_KEY).exchange()
        .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("BAD_USER_INPUT");
  }

  @Test
  void concurrentCapturesOfTheSameDocumentStoreEachEventOnce() throws Exception {
    StringBuilder events = new StringBuilder();
    List<String> epcs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String epc = EpcisTestDocuments.uniqueSgtin();
      epcs.add(epc);
      events.append(i == 0 ? "" : ",").append(EpcisTestDocuments.observe(null, epc, "2026-03-01T08:%02d:00+07:00".formatted(i)));
    }
    String body = EpcisTestDocuments.document(events.toString());
    CyclicBarrier start = new CyclicBarrier(2);
    Callable<Long> capture = () -> {
      start.await();
      String answer = client().post().uri("/epcis/capture").header("X-API-Key", ADMIN_KEY)
          .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
          .expectStatus().isAccepted().expectBody(String.class).returnResult().getResponseBody();
      return json.readTree(answer).path("capturedCount").asLong();
    };
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
      Future<Long> first = pool.submit(capture);
      Future<Long> second = pool.submit(capture);
      assertThat(first.get() + second.get()).isEqualTo(20);
    }
    Map<String, Object> stored = neo4j.query("""
            MATCH (e:Event) WHERE any(epc IN $epcs WHERE e.json CONTAINS epc)
            RETURN count(e) AS events, count(DISTINCT e.eventId) AS ids""")
        .bind(epcs).to("epcs").fetch().one().orElseThrow();
    assertThat(stored).containsEntry("events", 20L).containsEntry("ids", 20L);
  }
}
