package org.origingraph.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.TransactionContext;

/**
 * Writes a generated supply graph into Neo4j over Bolt with the Java driver: a few batched
 * {@code UNWIND} statements per chunk of networks, one transaction per chunk (two at a time), the same statements'
 * shapes as the service's demo data loader, so the graph is indistinguishable from one the service
 * wrote. The identifiers' unique constraints ({@code db/schema.cypher}, idempotent) are ensured first
 * so that every relationship is written after an index seek.
 *
 * <p>Refuses a database that already holds batches: one graph per preset, never a mix.
 *
 * <p>Run by {@code scripts/benchmark-provenance.sh} with the test classpath:
 * {@code SupplyGraphLoader <bolt-uri> <preset> <seed> <output-directory>}; writes
 * {@code <preset>.env} (sizes, load time, the root and what its upstream walk must find) and, for
 * every tier of network 0's first chain, {@code <preset>-sweep.tsv} (depth, GTIN, lot, batches,
 * shipments) for the depth sweep.
 */
final class SupplyGraphLoader {

  private static final int NODES_PER_TRANSACTION = 20_000;
  private static final int WRITERS = 2;

  private static final String ORGANIZATIONS = """
      UNWIND $rows AS row
      CREATE (o:Organization)
      SET o = row""";
  private static final String FACILITIES = """
      UNWIND $rows AS row
      MATCH (operator:Organization {gln: row.operator})
      CREATE (f:Facility)
      SET f = row {.*, operator: null, latitude: null, longitude: null},
          f.location = point({latitude: row.latitude, longitude: row.longitude})
      CREATE (operator)-[:OPERATES]->(f)""";
  private static final String PRODUCTS = """
      UNWIND $rows AS row
      MATCH (owner:Organization {gln: row.ownerGln})
      CREATE (p:Product)
      SET p = row
      CREATE (owner)-[:OWNS]->(p)""";
  private static final String BATCHES = """
      UNWIND $rows AS row
      MATCH (p:Product {gtin: row.gtin})
      MATCH (f:Facility {gln: row.facility})
      CREATE (b:Batch)
      SET b = row {.*, facility: null}
      CREATE (b)-[:OF]->(p)
      CREATE (b)-[:PRODUCED_AT {at: row.producedAt}]->(f)""";
  private static final String INPUTS = """
      UNWIND $rows AS row
      MATCH (b:Batch {gtin: row.gtin, lot: row.lot})
      MATCH (i:Batch {gtin: row.inputGtin, lot: row.inputLot})
      CREATE (b)-[:MADE_FROM {quantity: row.quantity, uom: row.uom}]->(i)""";
  private static final String SHIPMENTS = """
      UNWIND $rows AS row
      MATCH (origin:Facility {gln: row.from})
      MATCH (destination:Facility {gln: row.to})
      CREATE (s:Shipment)
      SET s = row {.*, from: null, to: null, items: null}
      CREATE (s)-[:FROM]->(origin)
      CREATE (s)-[:TO]->(destination)
      WITH s, row
      UNWIND row.items AS item
      MATCH (b:Batch {gtin: item.gtin, lot: item.lot})
      CREATE (s)-[:CARRIES {quantity: item.quantity, uom: item.uom}]->(b)""";
  private static final String CERTIFICATES = """
      UNWIND $rows AS row
      CREATE (c:Certificate)
      SET c = row {.*, subjectType: null, gln: null, gtin: null, lot: null}
      WITH c, row
      OPTIONAL MATCH (f:Facility {gln: row.gln}) WHERE row.subjectType = 'Facility'
      OPTIONAL MATCH (o:Organization {gln: row.gln}) WHERE row.subjectType = 'Organization'
      OPTIONAL MATCH (b:Batch {gtin: row.gtin, lot: row.lot}) WHERE row.subjectType = 'Batch'
      WITH c, coalesce(f, o, b) AS subject
      CREATE (c)-[:CERTIFIES]->(subject)""";

  /** What was written. */
  record Loaded(long nodes, long relationships, double seconds) {}

  private final Driver driver;

  SupplyGraphLoader(Driver driver) {
    this.driver = driver;
  }

  Loaded load(SupplyGraphGenerator generator) {
    long started = System.nanoTime();
    ensureSchema();
    long batches = count("MATCH (b:Batch) WITH b LIMIT 1 RETURN count(b)");
    if (batches > 0) {
      throw new IllegalStateException("The database already holds batches; load a preset into an empty database"
          + " (start the service with --origin.demo-data.enabled=false and no kept data directory)");
    }
    int networks = generator.spec().networks();
    int perTransaction = Math.max(1, NODES_PER_TRANSACTION / Math.max(1, generator.network(0).nodeCount()));
    List<SupplyNetwork.Input> crossInputs = new ArrayList<>();
    List<SupplyNetwork.Shipment> crossShipments = new ArrayList<>();
    // two writers keep both cores of the database busy; networks share no node, so they never wait on
    // each other's locks. The semaphore bounds the chunks generated ahead of the writers.
    Semaphore ahead = new Semaphore(2 * WRITERS);
    List<Future<?>> writes = new ArrayList<>();
    try (ExecutorService writers = Executors.newFixedThreadPool(WRITERS)) {
      for (int first = 0; first < networks; first += perTransaction) {
        List<SupplyNetwork> chunk = new ArrayList<>();
        for (int n = first; n < Math.min(networks, first + perTransaction); n++) {
          SupplyNetwork network = generator.network(n);
          chunk.add(network);
          crossInputs.addAll(network.crossInputs());
          crossShipments.addAll(network.crossShipments());
        }
        ahead.acquireUninterruptibly();
        int written = Math.min(networks, first + perTransaction);
        boolean report = networks > 50 && (first / perTransaction) % 10 == 0;
        writes.add(writers.submit(() -> {
          try {
            writeChunk(chunk);
            if (report) {
              System.err.printf("  %d of %d networks written%n", written, networks);
            }
          } finally {
            ahead.release();
          }
        }));
      }
      for (Future<?> write : writes) {
        try {
          write.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
          throw new IllegalStateException("Loading failed: " + e.getCause().getMessage(), e.getCause());
        }
      }
    }
    // raw materials shared across networks exist only now that every network is written
    try (var session = driver.session()) {
      session.executeWriteWithoutResult(tx -> {
        tx.run(INPUTS, Map.of("rows", crossInputs.stream().map(SupplyNetwork.Input::row).toList())).consume();
        tx.run(SHIPMENTS, Map.of("rows", crossShipments.stream().map(SupplyNetwork.Shipment::row).toList())).consume();
      });
    }
    long nodes = count("MATCH (n) RETURN count(n)");
    long relationships = count("MATCH ()-[r]->() RETURN count(r)");
    return new Loaded(nodes, relationships, (System.nanoTime() - started) / 1e9);
  }

  /** Time spent in each statement, keyed by its first clause: where a slow load goes. */
  private final Map<String, Long> nanos = new ConcurrentSkipListMap<>();

  private void writeChunk(List<SupplyNetwork> chunk) {
    try (var session = driver.session()) {
      session.executeWriteWithoutResult(tx -> {
        write(tx, ORGANIZATIONS, chunk, SupplyNetwork::organizations, SupplyNetwork.Organization::row);
        write(tx, FACILITIES, chunk, SupplyNetwork::facilities, SupplyNetwork.Facility::row);
        write(tx, PRODUCTS, chunk, SupplyNetwork::products, SupplyNetwork.Product::row);
        write(tx, BATCHES, chunk, SupplyNetwork::batches, SupplyNetwork.Batch::row);
        write(tx, INPUTS, chunk, SupplyNetwork::inputs, SupplyNetwork.Input::row);
        write(tx, SHIPMENTS, chunk, SupplyNetwork::shipments, SupplyNetwork.Shipment::row);
        write(tx, CERTIFICATES, chunk, SupplyNetwork::certificates, SupplyNetwork.Certificate::row);
      });
    }
  }

  private <T> void write(TransactionContext tx, String statement, List<SupplyNetwork> chunk,
      Function<SupplyNetwork, List<T>> part, Function<T, Map<String, Object>> row) {
    List<Map<String, Object>> rows = chunk.stream().flatMap(n -> part.apply(n).stream()).map(row).toList();
    long started = System.nanoTime();
    tx.run(statement, Map.of("rows", rows)).consume();
    nanos.merge(statement.lines().skip(1).findFirst().orElse(""), System.nanoTime() - started, Long::sum);
  }

  private void ensureSchema() {
    String script;
    try (InputStream in = SupplyGraphLoader.class.getResourceAsStream("/db/schema.cypher")) {
      if (in == null) {
        throw new IllegalStateException("db/schema.cypher is not on the classpath");
      }
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read db/schema.cypher", e);
    }
    String withoutComments = String.join("\n", script.lines().filter(l -> !l.strip().startsWith("//")).toList());
    Arrays.stream(withoutComments.split(";")).map(String::strip).filter(s -> !s.isEmpty())
        .forEach(statement -> driver.executableQuery(statement).execute());
    driver.executableQuery("CALL db.awaitIndexes(300)").execute();
  }

  private long count(String query) {
    return driver.executableQuery(query).execute().records().getFirst().get(0).asLong();
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: SupplyGraphLoader <bolt-uri> <small|large|deep|tiny> <seed> <output-directory>");
      System.exit(2);
    }
    SupplyGraphSpec spec = SupplyGraphSpec.preset(args[1], Long.parseLong(args[2]));
    Path out = Path.of(args[3]);
    Files.createDirectories(out);
    var generator = new SupplyGraphGenerator(spec);
    Loaded loaded;
    try (Driver driver = GraphDatabase.driver(args[0], AuthTokens.none())) {
      driver.verifyConnectivity();
      var loader = new SupplyGraphLoader(driver);
      loaded = loader.load(generator);
      loader.nanos.forEach((k, v) -> System.err.printf("  %6.1f s in %s%n", v / 1e9, k));
    }
    SupplyGraphGenerator.Reach root = generator.reach(0, 0);
    Files.writeString(out.resolve(spec.name() + ".env"), """
        PRESET=%s
        SEED=%d
        NETWORKS=%d
        TIERS=%d
        NODES=%d
        RELATIONSHIPS=%d
        LOAD_SECONDS=%.1f
        ROOT_GTIN=%s
        ROOT_LOT=%s
        ROOT_TIERS=%d
        ROOT_BATCHES=%d
        ROOT_SHIPMENTS=%d
        """.formatted(spec.name(), spec.seed(), spec.networks(), spec.tiers(), loaded.nodes(), loaded.relationships(),
        loaded.seconds(), root.gtin(), root.lot(), root.tiers(), root.batches(), root.shipments()));
    StringBuilder sweep = new StringBuilder();
    for (int t = spec.tiers() - 1; t >= 0; t--) {
      SupplyGraphGenerator.Reach reach = generator.reach(t, 0);
      sweep.append("%d\t%s\t%s\t%d\t%d%n".formatted(reach.tiers(), reach.gtin(), reach.lot(), reach.batches(),
          reach.shipments()));
    }
    Files.writeString(out.resolve(spec.name() + "-sweep.tsv"), sweep);
    System.out.printf("%s: %,d nodes, %,d relationships in %.1f s; root %s/%s: %d tiers, %d batches, %d shipments%n",
        spec.name(), loaded.nodes(), loaded.relationships(), loaded.seconds(), root.gtin(), root.lot(), root.tiers(),
        root.batches(), root.shipments());
  }
}
