package org.origingraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.origingraph.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Per-caller rate limits. The test profile keeps every real role's rate generous, so that the suite's
 * own requests are never refused; the key {@code test-rate-probe-key} has a rate of its own
 * ({@code origin.limits.rate.callers}): its bucket holds 3 requests an hour, and is used by this test alone.
 */
class RateLimitIntegrationTests extends IntegrationTest {

  private static final String RATE_PROBE_KEY = "test-rate-probe-key";

  @Test
  void aCallerOverItsRateGets429WithRetryAfter() {
    for (int i = 0; i < 3; i++) {
      query(RATE_PROBE_KEY).expectStatus().isOk().expectHeader().valueEquals("X-RateLimit-Limit", "3");
    }
    query(RATE_PROBE_KEY).expectStatus().isEqualTo(429)
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader().value("Retry-After", retry -> assertThat(Long.parseLong(retry)).isBetween(1L, 3600L))
        .expectBody()
        .jsonPath("$.code").isEqualTo("RATE_LIMITED")
        .jsonPath("$.limit").isEqualTo(3)
        .jsonPath("$.period").isEqualTo("PT1H");

    // Other callers have buckets of their own: the producer and anonymous callers still get through.
    query(PRODUCER_KEY).expectStatus().isOk();
    query(null).expectStatus().isOk();
  }

  @Test
  void anonymousCallersShareTheBucketOfTheirAddressAndKeysHaveTheirOwn() {
    long anonymous = remaining(null);
    long reader = remaining(READER_KEY);
    assertThat(remaining(null)).isEqualTo(anonymous - 1);
    assertThat(remaining(READER_KEY)).isEqualTo(reader - 1);
  }

  @Test
  void healthProbesAreNeverLimited() {
    http().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
        .expectHeader().doesNotExist("X-RateLimit-Remaining");
  }

  private long remaining(String key) {
    String remaining = query(key).expectStatus().isOk().returnResult(String.class)
        .getResponseHeaders().getFirst("X-RateLimit-Remaining");
    assertThat(remaining).isNotNull();
    return Long.parseLong(remaining);
  }

  private WebTestClient.ResponseSpec query(String key) {
    var request = http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON);
    if (key != null) {
      request = request.header("X-API-Key", key);
    }
    return request.bodyValue("{\"query\":\"{ __typename }\"}").exchange();
  }
}
