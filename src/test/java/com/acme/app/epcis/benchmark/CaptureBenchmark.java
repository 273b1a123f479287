package com.acme.app.epcis.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.acme.app.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Capture throughput: posts generated EPCIS documents to {@code /epcis/capture} over HTTP, as producers
 * would, and measures events per second until every document is stored. Not part of {@code mvn verify}
 * (the class name matches no surefire include); run it with {@code scripts/benchmark-capture.sh}, which
 * records the result in {@code docs/benchmarks.md}.
 *
 * <p>Settings (system properties): {@code benchmark.events} (default 100,000), {@code benchmark.documentEvents}
 * (events per document, default 1,000), {@code benchmark.clients} (concurrent HTTP clients, default 2).
 */
class CaptureBenchmark extends IntegrationTest {

  @Test
  void capture() throws Exception {
    int events = Integer.getInteger("benchmark.events", 100_000);
    int perDocument = Integer.getInteger("benchmark.documentEvents", 1_000);
    int clients = Integer.getInteger("benchmark.clients", 2);
    int chainsPerDocument = perDocument / EventGenerator.EVENTS_PER_CHAIN;
    HttpClient http = HttpClient.newHttpClient();

    // Warm-up: JIT, schema compilation, Neo4j page cache; chains numbered apart from the measured ones.
    for (int d = 0; d < 5; d++) {
      post(http, EventGenerator.document(1_000_000 + d * chainsPerDocument, chainsPerDocument));
    }

    int documents = events / perDocument;
    AtomicInteger next = new AtomicInteger();
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuStarted = os.getProcessCpuTime();
    long started = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      List<Future<Integer>> results = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        results.add(pool.submit(() -> {
          int captured = 0;
          for (int d; (d = next.getAndIncrement()) < documents; ) {
            // generation is part of the client's work, not the server's; it is cheap next to capture
            captured += post(http, EventGenerator.document(d * chainsPerDocument, chainsPerDocument));
          }
          return captured;
        }));
      }
      int captured = 0;
      for (Future<Integer> result : results) {
        captured += result.get();
      }
      assertThat(captured).isEqualTo(documents * perDocument);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double rate = documents * perDocument / seconds;
    // CPU per event varies far less than the rate when the machine is shared with other work
    double cpuMicros = (os.getProcessCpuTime() - cpuStarted) / 1e3 / (documents * perDocument);
    String line = "%d events in %d documents of %d, %d client(s): %.1f s, %.0f events/s, %.0f µs CPU per event (client included)%n"
        .formatted(documents * perDocument, documents, perDocument, clients, seconds, rate, cpuMicros);
    System.out.print("BENCHMARK " + line);
    Files.writeString(Path.of("target/benchmark-capture.txt"), line);
  }

  private int post(HttpClient http, String document) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url("/epcis/capture")))
        .header("Content-Type", "application/ld+json").header("X-API-Key", PRODUCER_KEY)
        .POST(HttpRequest.BodyPublishers.ofString(document)).build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    assertThat(response.body()).contains("\"status\":\"SUCCESS\"");
    String count = response.body().replaceAll(".*\"capturedCount\":(\\d+).*", "$1");
    return Integer.parseInt(count);
  }
}
