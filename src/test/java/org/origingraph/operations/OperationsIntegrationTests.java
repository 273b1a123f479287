package org.origingraph.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.origingraph.IntegrationTest;
import org.springframework.http.MediaType;

/**
 * What an operator relies on, on the shared application context: the Prometheus endpoint (ADMIN only)
 * with request, GraphQL, capture, cache and database-statement metrics; public health probes; the
 * request id echoed and in every error answer.
 */
class OperationsIntegrationTests extends IntegrationTest {

  @Test
  void prometheusServesRequestGraphQlCaptureCacheAndStatementMetricsToAnAdmin() {
    graphQl.document("{ product(gtin: \"" + FLAGSHIP_GTIN + "\") { name stories(locale: \"ja\") { title } } }").execute();
    String event = "urn:uuid:" + UUID.randomUUID();
    http().post().uri("/epcis/capture").contentType(MediaType.valueOf("application/ld+json")).header("X-API-Key", ADMIN_KEY)
        .bodyValue("""
            {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"], "type": "EPCISDocument",
             "schemaVersion": "2.0", "creationDate": "2026-03-01T08:00:00Z", "epcisBody": {"eventList": [
             {"eventID": "%s", "type": "ObjectEvent", "eventTime": "2026-03-01T08:00:00+07:00", "eventTimeZoneOffset": "+07:00",
              "action": "OBSERVE", "epcList": ["urn:epc:id:sgtin:8935999.012345.%s"], "bizStep": "inspecting",
              "readPoint": {"id": "urn:epc:id:sgln:8935999.00001.0"}}]}}""".formatted(event, UUID.randomUUID().toString().substring(0, 8)))
        .exchange().expectStatus().isAccepted();

    String metrics = http().get().uri("/actuator/prometheus").header("X-API-Key", ADMIN_KEY).exchange()
        .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    assertThat(metrics)
        .contains("http_server_requests_seconds_count")
        .contains("graphql_request_seconds_count")
        .contains("origin_capture_duration_seconds_count{outcome=\"success\"")
        .contains("origin_capture_events_total{outcome=\"stored\"")
        .contains("cache_gets_total{cache=\"story.index\"")
        .contains("neo4j_");
  }

  @Test
  void metricsNeedAnAdminButHealthProbesArePublic() {
    http().get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized()
        .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
    http().get().uri("/actuator/metrics").header("X-API-Key", READER_KEY).exchange().expectStatus().isForbidden()
        .expectBody().jsonPath("$.code").isEqualTo("FORBIDDEN");
    http().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
    http().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
  }

  @Test
  void theCallersRequestIdIsEchoedAndInEveryErrorAnswer() {
    graphQl.mutate().header("X-Request-Id", "scan-4711").build()
        .document("{ provenance(gtin: \"12345\", lot: \"x\", direction: UPSTREAM) { tiers } }").execute()
        .errors().satisfy(errors -> assertThat(errors).isNotEmpty()
            .allSatisfy(e -> assertThat(e.getExtensions()).containsEntry("requestId", "scan-4711")));
    http().get().uri("/01/12345").header("X-Request-Id", "scan-4712").exchange()
        .expectHeader().valueEquals("X-Request-Id", "scan-4712")
        .expectBody().jsonPath("$.requestId").isEqualTo("scan-4712");
  }

  @Test
  void aRequestWithoutAnIdOrWithAForgedOneGetsAFreshOne() {
    String given = http().get().uri("/actuator/health").exchange().expectHeader().exists("X-Request-Id")
        .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");
    assertThat(given).hasSize(36);
    String replaced = http().get().uri("/actuator/health").header("X-Request-Id", "forged id {with} spaces; and more").exchange()
        .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");
    assertThat(replaced).isNotEqualTo("forged id {with} spaces; and more").hasSize(36);
  }
}
