package org.origingraph.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.origingraph.IntegrationTest;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

/** Subscription.warnings over GraphQL over Server-Sent Events at /graphql. */
class WarningSubscriptionIntegrationTests extends IntegrationTest {

  @Test
  void aStampScannedOftenIsPushedToASubscribedRegulator() {
    String serial = "SSE" + System.nanoTime();
    Thread.ofVirtual().start(() -> {
      try {
        Thread.sleep(5000); // the stream's headers come with its first event
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      for (int i = 0; i < 50; i++) {
        http().get().uri("/01/{g}/10/{l}/21/{s}", FLAGSHIP_GTIN, FLAGSHIP_LOT, serial).exchange();
      }
    });
    Flux<String> events = http().mutate().responseTimeout(Duration.ofSeconds(60)).build()
        .post().uri("/graphql").header("X-API-Key", READER_KEY)
        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.TEXT_EVENT_STREAM)
        .bodyValue(Map.of("query", "subscription { warnings(kinds: [STAMP_SCANNED_OFTEN]) { kind message(locale: \"en\") } }"))
        .exchange().expectStatus().isOk()
        .returnResult(String.class).getResponseBody();
    String first = events.filter(e -> e.contains(serial)).blockFirst(Duration.ofSeconds(60));
    assertThat(first).contains("STAMP_SCANNED_OFTEN", "scanned 50 times");
  }
}
