package org.origingraph.provenance.internal;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.origingraph.provenance.BatchKey;
import org.origingraph.provenance.Provenance;
import org.origingraph.provenance.ProvenanceSummary;
import org.origingraph.provenance.TraceDirection;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Repository;

/**
 * The provenance walk: one Cypher statement per answer, so one round trip, whatever the chain's
 * length or shape (see {@link WalkStatements} for why the walk is a breadth-first expansion).
 *
 * <p>Each statement runs as a read transaction with the driver's transaction timeout
 * ({@code origin.provenance.timeout}): the database itself terminates a statement that runs out, so
 * no abandoned work keeps running after the request has been answered. The driver is used directly
 * rather than through Spring's transaction manager because Spring's transaction timeouts are whole
 * seconds.
 */
@Repository
@EnableConfigurationProperties(ProvenanceProperties.class)
public class ProvenanceQuery {

  /** Largest {@code maxDepth}: a walk text exists for every depth from 1 to this. */
  public static final int MAX_DEPTH = WalkStatements.MAX_DEPTH;

  private static final Logger log = LoggerFactory.getLogger(ProvenanceQuery.class);
  private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

  private final Driver driver;
  private final ProvenanceProperties properties;
  private final TransactionConfig transaction;

  ProvenanceQuery(Driver driver, ProvenanceProperties properties) {
    this.driver = driver;
    this.properties = properties;
    this.transaction = TransactionConfig.builder()
        .withTimeout(properties.statementTimeout())
        .withMetadata(Map.of("app", "origin-graph", "statement", "provenance"))
        .build();
  }

  /**
   * Plans the statements of the default depth in the background once the application is ready, so
   * that the first requests do not pay for planning (a few hundred milliseconds per text when warm,
   * seconds on a cold JVM). Other depths are planned on first use and then cached by Neo4j.
   */
  @EventListener(ApplicationReadyEvent.class)
  void planDefaultDepth() {
    // Planning counts against a transaction's timeout; ahead of any request it may take longer.
    var planning = TransactionConfig.builder().withTimeout(Duration.ofMinutes(2))
        .withMetadata(Map.of("app", "origin-graph", "statement", "provenance-planning")).build();
    Thread.ofVirtual().name("provenance-plans").start(() -> {
      for (TraceDirection direction : TraceDirection.values()) {
        for (String text : List.of(WalkStatements.full(direction, MAX_DEPTH), WalkStatements.overview(direction, MAX_DEPTH))) {
          try (var session = driver.session(READ)) {
            session.run(new Query(text, parameters(new BatchKey("00000000000000", "-"))), planning).consume();
          } catch (RuntimeException e) {
            log.debug("Could not plan a provenance statement ahead", e);
          }
        }
      }
    });
  }

  /** Most nodes one answer holds ({@code origin.provenance.max-nodes}). */
  public int nodeBudget() {
    return properties.nodeBudget();
  }

  /** Walks from {@code root}; empty when the batch does not exist. */
  public Optional<Provenance> trace(BatchKey root, TraceDirection direction, int maxDepth) {
    int maxNodes = properties.nodeBudget();
    return run(WalkStatements.full(direction, maxDepth), root, row ->
        ProvenanceAssembler.assemble(row, Walk.of(row, maxNodes), direction, maxDepth, maxNodes));
  }

  /**
   * The same answer without nodes and edges, from a statement that only counts: no node leaves the
   * database. When the walk exceeds the node budget the counts must describe the cut answer, which
   * only the full assembly knows, so that rare case runs {@link #trace} instead.
   */
  public Optional<Provenance> overview(BatchKey root, TraceDirection direction, int maxDepth) {
    int maxNodes = properties.nodeBudget();
    Optional<Optional<Provenance>> counted = run(WalkStatements.overview(direction, maxDepth), root, row -> {
      Walk walk = Walk.of(row, maxNodes);
      long total = walk.order().size() + row.get("products").asLong() + row.get("shipments").asLong()
          + row.get("facilities").asLong() + row.get("organizations").asLong() + row.get("certificates").asLong();
      if (walk.limitHit() || total > maxNodes) {
        return Optional.<Provenance>empty();
      }
      Set<String> all = Set.copyOf(walk.order());
      int tiers = walk.tiers(all);
      List<String> countries = List.copyOf(new TreeSet<>(row.get("countries").asList(Value::asString)));
      var summary = new ProvenanceSummary(walk.order().size(), row.get("shipments").asInt(),
          row.get("facilities").asInt(), countries.size(), tiers);
      return Optional.of(new Provenance(
          GraphMapping.batch(row.get("root"), row.get("rootFacility")), direction, maxDepth, List.of(), List.of(),
          tiers, List.copyOf(walk.truncation(direction, maxDepth, walk.order().size())), countries, summary));
    });
    if (counted.isEmpty()) {
      return Optional.empty();
    }
    return counted.get().isPresent()
        ? counted.get()
        : trace(root, direction, maxDepth).map(p -> new Provenance(p.root(), p.direction(), p.maxDepth(),
            List.of(), List.of(), p.tiers(), p.truncatedBy(), p.countries(), p.summary()));
  }

  /** The keys of the walked batches, the root first; empty when the root does not exist. */
  public Optional<Set<BatchKey>> reachable(BatchKey root, TraceDirection direction, int maxDepth) {
    int maxNodes = properties.nodeBudget();
    return run(WalkStatements.keys(direction, maxDepth), root, row -> {
      Set<BatchKey> keys = new LinkedHashSet<>();
      for (Value key : row.get("keys").values()) {
        if (keys.size() == maxNodes) {
          break;
        }
        keys.add(new BatchKey(key.get(0).asString(""), key.get(1).asString("")));
      }
      return Collections.unmodifiableSet(keys);
    });
  }

  private Value parameters(BatchKey root) {
    return Values.parameters("gtin", root.gtin(), "lot", root.lot(), "limit", (long) properties.nodeBudget());
  }

  private <T> Optional<T> run(String text, BatchKey root, Function<Record, T> mapping) {
    List<Record> rows;
    try (var session = driver.session(READ)) {
      rows = session.run(new Query(text, parameters(root)), transaction).list();
    }
    return rows.isEmpty() ? Optional.empty() : Optional.of(mapping.apply(rows.getFirst()));
  }
}
