package org.origingraph.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;

/**
 * The limit the provenance query is measured against: the same upstream traversal as one hand-written
 * Cypher statement through the Java driver, returning the same data as the benchmark's GraphQL
 * selection (batches with times, quantities and facilities; shipments with times and ends; every
 * edge, with the products, operators and certificates the edges point at), nothing assembled after.
 *
 * <p>The walk is Neo4j's de-duplicating variable-length expansion: {@code collect(DISTINCT b)} over
 * {@code (root)-[:MADE_FROM*1..50]->(b)} is planned as a pruning breadth-first expand that visits each
 * batch once, whatever the number of paths. The plan's operators are printed once so a run shows it.
 *
 * <p>Usage, with the test classpath: {@code RawProvenanceLoad <bolt-uri> <warm-up-s> <warm-up-threads>
 * <warm-up-gtin> <warm-up-lot> [<label> <threads> <seconds> <gtin> <lot>]...}: a warm-up on one root
 * (client and server JIT alike), then each phase in order: one request alone (its time is the phase's
 * {@code first_ms}, the first request for that root after the warm-up), then {@code threads} threads
 * for {@code seconds}, each sending its next request once the last one's records are read. Prints one
 * {@code RESULT} line per phase. Every transaction has a 60-second timeout, so a run is bounded.
 */
final class RawProvenanceLoad {

  static final String STATEMENT = """
      MATCH (root:Batch {gtin: $gtin, lot: $lot})
      CALL (root) {
        OPTIONAL MATCH (root)-[:MADE_FROM*1..50]->(b:Batch)
        RETURN collect(DISTINCT b) AS upstream
      }
      WITH [root] + upstream AS batches
      CALL (batches) {
        UNWIND batches AS b
        MATCH (b)-[m:MADE_FROM]->(i:Batch)
        RETURN collect([elementId(b), elementId(i), m.quantity, m.uom]) AS madeFrom
      }
      CALL (batches) {
        UNWIND batches AS b
        OPTIONAL MATCH (b)-[:OF]->(p:Product)
        OPTIONAL MATCH (b)-[pa:PRODUCED_AT]->(f:Facility)
        RETURN collect([elementId(b), b.gtin, b.lot, b.producedAt, b.quantity, b.uom, elementId(p), elementId(f),
                        pa.at]) AS batchRows,
               collect(DISTINCT p {.gtin, .name}) AS products,
               collect(DISTINCT f) AS producers
      }
      CALL (batches) {
        UNWIND batches AS b
        MATCH (s:Shipment)-[c:CARRIES]->(b)
        OPTIONAL MATCH (s)-[:FROM]->(o:Facility)
        OPTIONAL MATCH (s)-[:TO]->(d:Facility)
        RETURN collect([elementId(s), elementId(b), c.quantity, c.uom]) AS carries,
               collect(DISTINCT [elementId(s), s.id, s.departedAt, s.arrivedAt, elementId(o), elementId(d)]) AS shipments,
               collect(DISTINCT o) + collect(DISTINCT d) AS ends
      }
      CALL (producers, ends) {
        UNWIND producers + ends AS f
        WITH DISTINCT f
        OPTIONAL MATCH (op:Organization)-[:OPERATES]->(f)
        RETURN collect([elementId(f), f.name, f.country, f.region, elementId(op)]) AS facilities,
               collect(DISTINCT op) AS operators
      }
      CALL (batches, producers, ends, operators) {
        UNWIND batches + producers + ends + operators AS subject
        WITH DISTINCT subject
        MATCH (c:Certificate)-[:CERTIFIES]->(subject)
        RETURN collect([elementId(c), c.scheme, c.validTo, elementId(subject)]) AS certified
      }
      RETURN batchRows, madeFrom, products, shipments, carries, facilities,
             [op IN operators | [elementId(op), op.name]] AS operators, certified
      """;

  private static final TransactionConfig TIMEOUT =
      TransactionConfig.builder().withTimeout(Duration.ofSeconds(60)).build();

  private record Run(int requests, double seconds, double p50, double p99) {}

  private record Phase(String label, int threads, double seconds, String[] root) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 10 || (args.length - 5) % 5 != 0) {
      System.err.println("usage: RawProvenanceLoad <bolt-uri> <warm-up-s> <warm-up-threads> <warm-up-gtin>"
          + " <warm-up-lot> [<label> <threads> <seconds> <gtin> <lot>]...");
      System.exit(2);
    }
    double warmup = Double.parseDouble(args[1]);
    int warmupThreads = Integer.parseInt(args[2]);
    String[] warmupRoot = {"warm-up", args[3], args[4]};
    List<Phase> phases = new ArrayList<>();
    int maxThreads = warmupThreads;
    for (int a = 5; a < args.length; a += 5) {
      int threads = Integer.parseInt(args[a + 1]);
      maxThreads = Math.max(maxThreads, threads);
      phases.add(new Phase(args[a], threads, Double.parseDouble(args[a + 2]), new String[] {args[a], args[a + 3], args[a + 4]}));
    }
    var config = Config.builder().withMaxConnectionPoolSize(maxThreads + 2).build();
    try (Driver driver = GraphDatabase.driver(args[0], AuthTokens.none(), config)) {
      driver.verifyConnectivity();
      printPlan(driver, warmupRoot);
      if (warmup > 0) {
        run(driver, warmupRoot, warmupThreads, warmup);
      }
      for (Phase phase : phases) {
        long started = System.nanoTime();
        int[] size = query(driver, phase.root());
        double first = (System.nanoTime() - started) / 1e6;
        Run run = run(driver, phase.root(), phase.threads(), phase.seconds());
        System.out.printf(Locale.ROOT, "RESULT label=%s threads=%d requests=%d seconds=%.3f rps=%.2f p50_ms=%.3f"
                + " p99_ms=%.3f first_ms=%.3f batches=%d shipments=%d edges=%d%n",
            phase.label(), phase.threads(), run.requests(), run.seconds(), run.requests() / run.seconds(), run.p50(),
            run.p99(), first, size[0], size[1], size[2]);
      }
    }
  }

  /** Sends the statement for {@code root} from {@code threads} threads for {@code seconds}; latencies in ms. */
  private static Run run(Driver driver, String[] root, int threads, double seconds) throws Exception {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long started = System.nanoTime();
    List<Future<List<Double>>> workers = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          List<Double> latencies = new ArrayList<>();
          while (System.nanoTime() < end) {
            long sent = System.nanoTime();
            query(driver, root);
            latencies.add((System.nanoTime() - sent) / 1e6);
          }
          return latencies;
        }));
      }
      List<Double> all = new ArrayList<>();
      for (Future<List<Double>> worker : workers) {
        all.addAll(worker.get());
      }
      double elapsed = (System.nanoTime() - started) / 1e9;
      double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      return new Run(sorted.length, elapsed, percentile(sorted, 50), percentile(sorted, 99));
    }
  }

  /** One request: the statement in a read transaction, every record read; (batches, shipments, edges). */
  static int[] query(Driver driver, String[] root) {
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      Record record = session.executeRead(
          tx -> tx.run(STATEMENT, Map.of("gtin", root[1], "lot", root[2])).single(), TIMEOUT);
      int edges = 0;
      for (String kind : List.of("madeFrom", "carries", "certified")) {
        edges += record.get(kind).size();
      }
      // PRODUCED_AT and OF per batch, FROM and TO per shipment, OPERATES per operated facility
      Value batches = record.get("batchRows");
      Value shipments = record.get("shipments");
      edges += 2 * batches.size() + 2 * shipments.size() + record.get("facilities").size();
      return new int[] {batches.size(), shipments.size(), edges};
    }
  }

  private static void printPlan(Driver driver, String[] root) {
    try (var session = driver.session()) {
      var plan = session.run("EXPLAIN " + STATEMENT, Map.of("gtin", root[1], "lot", root[2])).consume().plan();
      List<String> operators = new ArrayList<>();
      collect(plan, operators);
      System.out.println("PLAN " + String.join(" ", operators.stream().filter(o -> o.contains("Expand")).toList()));
    }
  }

  private static void collect(Plan plan, List<String> operators) {
    operators.add(plan.operatorType());
    plan.children().forEach(child -> collect(child, operators));
  }

  private static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private RawProvenanceLoad() {}
}
