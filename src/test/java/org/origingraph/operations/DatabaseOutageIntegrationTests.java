package org.origingraph.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.origingraph.OriginGraphApplication;
import org.origingraph.infrastructure.neo4j.ExternalNeo4j;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application against a real Neo4j server in another process ({@link ExternalNeo4j}, reached with
 * {@code spring.neo4j.uri} as in production), which is killed with {@code -9} and restarted while
 * consumers read and a producer captures; then the application is shut down gracefully in the middle
 * of a capture.
 *
 * <p>Its own application context, started by hand, because it needs a database it can kill and a
 * context it can close; the other integration tests share theirs. The methods run in order: the
 * second one ends the context.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIntegrationTests {

  /** Its documents name GS1 example locations, which only an admin may capture at. */
  private static final String CAPTURE_WRITER_KEY = "test-admin-key";
  private static final String PROVENANCE = """
      {"query": "{ provenance(gtin: \\"08938512000015\\", lot: \\"BT-2026-031\\", direction: UPSTREAM) { tiers countries } }"}""";
  private static final String PRODUCT = """
      {"query": "{ product(gtin: \\"08938512000015\\") { gtin name } }"}""";
  private static final String RESOLVER_PATH = "/01/08938512000015/10/BT-2026-031";
  /** The promise: a failure is answered within this, also while the database restarts. */
  private static final Duration FAIL_FAST = Duration.ofSeconds(1);
  /** A request already running when the database died fails within the driver's connection timeout. */
  private static final Duration IN_FLIGHT = Duration.ofSeconds(5);
  /** The promise: answers again this soon after the database is back, without a restart. */
  private static final Duration RECOVERY = Duration.ofSeconds(5);

  private static final JsonMapper json = JsonMapper.builder().build();

  @TempDir
  static Path directory;

  private ExternalNeo4j neo4j;
  private ConfigurableApplicationContext application;
  private HttpClient http;
  private String base;

  /** One request of the load and what came of it. */
  record Outcome(String kind, long startedNanos, long tookMillis, int status, @Nullable String code,
      @Nullable String retryAfter, @Nullable String jobStatus, @Nullable String document, List<String> eventIds) {
    boolean ok() {
      return code == null && status < 400 && (jobStatus == null || jobStatus.equals("SUCCESS"));
    }
  }

  @BeforeAll
  void start() {
    neo4j = new ExternalNeo4j(directory.resolve("data")).start();
    application = new SpringApplicationBuilder(OriginGraphApplication.class)
        .profiles("test")
        .properties("server.port=0", "spring.neo4j.uri=" + neo4j.boltUri(), "origin.neo4j.reachability.interval=200ms")
        .run();
    base = "http://127.0.0.1:" + application.getEnvironment().getProperty("local.server.port");
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @AfterAll
  void stop() {
    if (application != null && application.isActive()) {
      application.close();
    }
    if (neo4j != null) {
      neo4j.close();
    }
  }

  @Test
  @Order(1)
  void aKilledDatabaseIsAnsweredUnavailableFastAndNothingAcknowledgedIsLost(CapturedOutput output) throws Exception {
    assertThat(read().ok()).isTrue();
    assertThat(resolve().ok()).isTrue();
    assertThat(capture(document(3)).ok()).isTrue();
    assertThat(health("/actuator/health/readiness")).isEqualTo("UP");

    List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean running = new AtomicBoolean(true);
    List<Thread> load = List.of(
        loop(running, outcomes, this::read), loop(running, outcomes, this::resolve),
        loop(running, outcomes, () -> capture(document(5))));
    Thread.sleep(1500);

    int logMark = output.getOut().length();
    neo4j.kill();
    long killed = System.nanoTime();
    assertThat(await(Duration.ofSeconds(3), () -> "DOWN".equals(health("/actuator/health/readiness"))))
        .as("readiness turns DOWN").isTrue();
    long down = System.nanoTime();
    assertThat(health("/actuator/health/liveness")).isEqualTo("UP");
    Thread.sleep(1500);

    neo4j.start();
    // "Back" is when the database answers a query from a fresh connection, not when its process has
    // started: a cold server on a loaded machine takes a while before it answers anything.
    try (Driver fresh = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
      assertThat(await(Duration.ofMinutes(2), () -> count(fresh, "RETURN 1 AS n", Map.of()) == 1)).isTrue();
    }
    long back = System.nanoTime();
    assertThat(await(RECOVERY, () -> "UP".equals(health("/actuator/health/readiness"))))
        .as("ready again within 5 s of the database, without a restart").isTrue();
    long recovered = System.nanoTime();
    // The restarted database plans every statement afresh: on a quiet machine that is well under a
    // second, on a loaded test machine it has taken 20 s. The promise tested here is that the first
    // requests are taken and answered, not how fast a cold database answers them.
    Outcome first = product();
    assertThat(first.ok()).as("answers again: %s", first).isTrue();
    assertThat(resolve().ok()).isTrue();
    assertThat(health("/actuator/health/liveness")).isEqualTo("UP");
    Thread.sleep(1000);
    running.set(false);
    for (Thread thread : load) {
      thread.join(Duration.ofSeconds(30));
    }

    List<Outcome> all = List.copyOf(outcomes);
    List<Outcome> failed = all.stream().filter(o -> !o.ok()).toList();
    System.out.printf("outage: slowest refusal after readiness DOWN %d ms, slowest in-flight failure %d ms%n",
        failed.stream().filter(o -> o.startedNanos() > down).mapToLong(Outcome::tookMillis).max().orElse(0),
        failed.stream().filter(o -> o.startedNanos() <= down).mapToLong(Outcome::tookMillis).max().orElse(0));
    all.stream().filter(o -> o.tookMillis() > FAIL_FAST.toMillis()).forEach(o -> System.out.printf(
        "slow: %s started %d ms after the kill, took %d ms, status %d %s %s%n", o.kind(), (o.startedNanos() - killed) / 1_000_000,
        o.tookMillis(), o.status(), o.code(), o.jobStatus()));
    System.out.printf("outage: %d requests, %d failed; database back after %d ms, ready %d ms later, first answer took %d ms%n",
        all.size(), failed.size(), (back - killed) / 1_000_000, (recovered - back) / 1_000_000, first.tookMillis());
    assertThat(failed).as("the outage was seen by every kind of request")
        .extracting(Outcome::kind).contains("graphql", "resolver", "capture");
    for (Outcome o : failed) {
      // Sent once the outage was seen (readiness DOWN): refused by the gate, within 1 s. Already on its
      // way to the database when it died: failed by the driver, within its connection timeout (5 s),
      // counted from the kill.
      long affectedMillis = o.tookMillis() - Math.max(0, (killed - o.startedNanos()) / 1_000_000);
      long bound = o.startedNanos() > down ? FAIL_FAST.toMillis() : IN_FLIGHT.toMillis();
      assertThat(affectedMillis).as("%s answered within %d ms of the outage", o, bound).isLessThanOrEqualTo(bound);
      assertThat(o.code()).as("%s", o).isEqualTo("UNAVAILABLE");
      if (!o.kind().equals("graphql")) {
        assertThat(o.status()).as("%s", o).isEqualTo(503);
        assertThat(o.retryAfter()).as("%s", o).isNotBlank();
      }
    }
    // A success sent after the kill can only have been served by the restarted database.
    assertThat(all.stream().filter(o -> o.startedNanos() > killed && o.ok()).map(Outcome::kind))
        .as("every kind answers again").contains("graphql", "resolver", "capture");

    String log = output.getOut().substring(logMark);
    assertThat(occurrences(log, "Neo4j unreachable")).as("the outage is logged once").isEqualTo(1);
    assertThat(occurrences(log, "Neo4j reachable again")).as("the recovery is logged once").isEqualTo(1);
    assertThat(occurrences(log, "\tat ")).as("no stack traces: " + log.lines().filter(l -> l.contains("\tat ")).limit(5).toList())
        .isZero();

    try (Driver direct = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
      assertThat(await(RECOVERY, () -> count(direct, "MATCH (j:CaptureJob {status: 'RUNNING'}) RETURN count(j) AS n", Map.of()) == 0))
          .as("no capture job stays RUNNING").isTrue();
      List<Outcome> captures = all.stream().filter(o -> o.kind().equals("capture")).toList();
      for (Outcome o : captures.stream().filter(Outcome::ok).toList()) {
        assertThat(stored(direct, o.eventIds())).as("acknowledged events are stored once").containsOnly(1L);
      }
      for (Outcome o : captures.stream().filter(o -> !o.ok()).toList()) {
        assertThat(capture(o.document()).ok()).as("re-sent after the outage").isTrue();
      }
      for (Outcome o : captures) {
        assertThat(stored(direct, o.eventIds())).as("every event is stored exactly once after re-sending").containsOnly(1L);
      }
    }
  }

  @Test
  @Order(2)
  void aGracefulShutdownLetsAnInFlightCaptureFinish() throws Exception {
    var active = application.getBean(MeterRegistry.class).get("origin.capture.active").longTaskTimer();
    Outcome acknowledged = null;
    long closing = 0;
    long closed = 0;
    for (int attempt = 0; attempt < 20 && acknowledged == null; attempt++) {
      String document = document(100);
      Outcome[] result = new Outcome[1];
      Thread sender = Thread.ofVirtual().start(() -> result[0] = capture(document));
      while (sender.isAlive() && active.activeTasks() == 0) {
        Thread.onSpinWait();
      }
      if (!sender.isAlive()) {
        continue; // finished before it could be caught in flight: try again
      }
      closing = System.nanoTime();
      application.close();
      closed = System.nanoTime();
      sender.join(Duration.ofSeconds(30));
      acknowledged = result[0];
    }
    assertThat(acknowledged).as("a capture was in flight when the shutdown began").isNotNull();
    assertThat(acknowledged.ok()).as("the in-flight capture finished: %s", acknowledged).isTrue();
    assertThat(Duration.ofNanos(closed - closing)).isLessThanOrEqualTo(Duration.ofSeconds(10));
    try (Driver direct = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
      assertThat(stored(direct, acknowledged.eventIds())).hasSize(100).containsOnly(1L);
    }
  }

  private Thread loop(AtomicBoolean running, List<Outcome> outcomes, java.util.function.Supplier<Outcome> request) {
    return Thread.ofVirtual().start(() -> {
      while (running.get()) {
        outcomes.add(request.get());
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
  }

  private Outcome read() {
    return send("graphql", HttpRequest.newBuilder(URI.create(base + "/graphql")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(PROVENANCE)), null, List.of());
  }

  private Outcome product() {
    return send("graphql", HttpRequest.newBuilder(URI.create(base + "/graphql")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(PRODUCT)), null, List.of());
  }

  private Outcome resolve() {
    return send("resolver", HttpRequest.newBuilder(URI.create(base + RESOLVER_PATH)).GET(), null, List.of());
  }

  private Outcome capture(String document) {
    return send("capture", HttpRequest.newBuilder(URI.create(base + "/epcis/capture"))
        .header("Content-Type", "application/ld+json").header("X-API-Key", CAPTURE_WRITER_KEY)
        .POST(HttpRequest.BodyPublishers.ofString(document)), document, eventIds(document));
  }

  private Outcome send(String kind, HttpRequest.Builder request, @Nullable String document, List<String> eventIds) {
    long started = System.nanoTime();
    try {
      HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(90)).build(), HttpResponse.BodyHandlers.ofString());
      long took = (System.nanoTime() - started) / 1_000_000;
      String code = null;
      String jobStatus = null;
      if (!response.body().isEmpty() && response.body().startsWith("{")) {
        JsonNode body = json.readTree(response.body());
        if (body.has("errors") && body.get("errors").isArray() && !body.get("errors").isEmpty() && kind.equals("graphql")) {
          code = body.get("errors").get(0).path("extensions").path("code").asString(null);
        } else if (body.has("code")) {
          code = body.get("code").asString();
        }
        if (body.has("captureID")) {
          jobStatus = body.get("status").asString();
        }
      }
      return new Outcome(kind, started, took, response.statusCode(), code,
          response.headers().firstValue("Retry-After").orElse(null), jobStatus, document, eventIds);
    } catch (Exception e) {
      return new Outcome(kind, started, (System.nanoTime() - started) / 1_000_000, -1, e.getClass().getSimpleName(),
          null, null, document, eventIds);
    }
  }

  private @Nullable String health(String path) {
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString());
      return json.readTree(response.body()).path("status").asString(null);
    } catch (Exception e) {
      return null;
    }
  }

  private static String document(int events) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < events; i++) {
      if (i > 0) {
        list.append(',');
      }
      list.append("""
          {"eventID": "urn:uuid:%s", "type": "ObjectEvent", "eventTime": "2026-03-01T08:00:00+07:00",
           "eventTimeZoneOffset": "+07:00", "action": "OBSERVE", "epcList": ["urn:epc:id:sgtin:8935999.012345.%s"],
           "bizStep": "inspecting", "readPoint": {"id": "urn:epc:id:sgln:8935999.00001.0"}}""".formatted(
          UUID.randomUUID(), UUID.randomUUID().toString().substring(0, 12)));
    }
    return """
        {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
         "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-03-01T08:00:00Z",
         "epcisBody": {"eventList": [%s]}}""".formatted(list);
  }

  private static List<String> eventIds(String document) {
    List<String> ids = new ArrayList<>();
    for (JsonNode event : json.readTree(document).path("epcisBody").path("eventList")) {
      ids.add(event.get("eventID").asString());
    }
    return ids;
  }

  private static List<Long> stored(Driver direct, List<String> eventIds) {
    return direct.executableQuery("UNWIND $ids AS id OPTIONAL MATCH (e:Event {eventId: id}) RETURN id, count(e) AS n")
        .withParameters(Map.of("ids", eventIds)).execute().records().stream().map(r -> r.get("n").asLong()).toList();
  }

  private static long count(Driver direct, String query, Map<String, Object> parameters) {
    try {
      return direct.executableQuery(query).withParameters(parameters).execute().records().getFirst().get("n").asLong();
    } catch (RuntimeException e) {
      return -1;
    }
  }

  private static boolean await(Duration within, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(50);
    }
    return condition.getAsBoolean();
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      n++;
    }
    return n;
  }
}
