package org.origingraph.epcis.benchmark;

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

import org.origingraph.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Capture throughput: posts generated EPCIS documents to {@code /epcis/capture} over HTTP, as producers
 * would, and measures events per second until every document is stored. Not part of {@code mvn verify}
 * (the class name matches no surefire include); run it with {@code scripts/benchmark-capture.sh}, which
 * records the result in {@code docs/benchmarks.md}.
 *
 * <p>The measured run follows a warm-up run of the same shape, and both are reported, with the time the
 * JIT compilers spent in each. On two cores the C2 compiler works through Neo4j's, Jackson's and the
 * schema validator's hot paths for well over 100,000 events; after a warm-up of 5,000 it was still
 * compiling through most of the measured run, so the rate said more about how long the benchmark ran
 * than about a service that runs for days. The warm-up's own rate is what a freshly started instance
 * manages.
 *
 * <p>Settings (system properties): {@code benchmark.events} (default 100,000), {@code benchmark.warmupEvents}
 * (default 100,000), {@code benchmark.documentEvents} (events per document, default 1,000),
 * {@code benchmark.clients} (concurrent HTTP clients, default 2).
 */
class CaptureBenchmark extends IntegrationTest {

  /** Chains of the warm-up are numbered apart from the measured ones, so every measured event is new. */
  private static final int WARMUP_CHAINS_FROM = 5_000_000;

  private final HttpClient http = HttpClient.newHttpClient();

  private record Run(int events, double seconds, double cpuMicrosPerEvent, double compileSeconds) {
    double rate() {
      return events / seconds;
    }
  }

  @Test
  void capture() throws Exception {
    int events = Integer.getInteger("benchmark.events", 100_000);
    int warmupEvents = Integer.getInteger("benchmark.warmupEvents", 100_000);
    int perDocument = Integer.getInteger("benchmark.documentEvents", 1_000);
    int clients = Integer.getInteger("benchmark.clients", 2);

    Run warmup = run(WARMUP_CHAINS_FROM, warmupEvents / perDocument, perDocument, clients);
    Run measured = run(0, events / perDocument, perDocument, clients);

    String line = ("%d events in %d documents of %d, %d client(s): %.1f s, %.0f events/s, %.0f µs CPU per event"
        + " (client included), JIT compiling %.1f s; after a warm-up of %d events at %.0f events/s, %.0f µs CPU per event,"
        + " JIT compiling %.1f s%n")
        .formatted(measured.events(), measured.events() / perDocument, perDocument, clients, measured.seconds(),
            measured.rate(), measured.cpuMicrosPerEvent(), measured.compileSeconds(), warmup.events(), warmup.rate(),
            warmup.cpuMicrosPerEvent(), warmup.compileSeconds());
    System.out.print("BENCHMARK " + line);
    Files.writeString(Path.of("target/benchmark-capture.txt"), line);
  }

  /** Captures {@code documents} documents from {@code clients} concurrent clients, chains numbered from {@code firstChain}. */
  private Run run(int firstChain, int documents, int perDocument, int clients) throws Exception {
    int chainsPerDocument = perDocument / EventGenerator.EVENTS_PER_CHAIN;
    AtomicInteger next = new AtomicInteger();
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    var jit = ManagementFactory.getCompilationMXBean();
    long cpuStarted = os.getProcessCpuTime();
    long compileStarted = jit.getTotalCompilationTime();
    long started = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      List<Future<Integer>> results = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        results.add(pool.submit(() -> {
          int captured = 0;
          for (int d; (d = next.getAndIncrement()) < documents; ) {
            // generation is part of the client's work, not the server's; it is cheap next to capture
            captured += post(EventGenerator.document(firstChain + d * chainsPerDocument, chainsPerDocument));
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
    // CPU per event varies far less than the rate when the machine is shared with other work
    double cpuMicros = (os.getProcessCpuTime() - cpuStarted) / 1e3 / (documents * perDocument);
    double compileSeconds = (jit.getTotalCompilationTime() - compileStarted) / 1e3;
    return new Run(documents * perDocument, seconds, cpuMicros, compileSeconds);
  }

  private int post(String document) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url("/epcis/capture")))
        .header("Content-Type", "application/ld+json").header("X-API-Key", CAPTURE_KEY)
        .POST(HttpRequest.BodyPublishers.ofString(document)).build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    assertThat(response.body()).contains("\"status\":\"SUCCESS\"");
    String count = response.body().replaceAll(".*\"capturedCount\":(\\d+).*", "$1");
    return Integer.parseInt(count);
  }
}
