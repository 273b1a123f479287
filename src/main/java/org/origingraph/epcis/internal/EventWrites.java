package org.origingraph.epcis.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The Cypher of capture: one UNWIND statement per kind of row in a {@link WritePlan}, so a document
 * of a thousand events costs about a dozen round trips, not thousands. Callers run
 * {@link #write} inside one transaction; every statement is parameterised.
 *
 * <p>Every lookup by key says {@code USING INDEX SEEK}, and every MERGE of a node is on a uniqueness
 * constraint (planned by rule as a unique seek). Left to its costs, the planner picked plans that are
 * cheap only while the graph is as small as it is at start-up: the gtin-only index filtered for the lot,
 * or, with a plain {@code USING INDEX} hint, a scan of the whole (gtin, lot) index once per touched batch.
 * With the plans fixed, the statements say {@code replan=skip}: while a capture load grows the graph,
 * Neo4j would otherwise re-plan each of them whenever the label counts have moved enough (every ten
 * seconds at most), which took about a seventh of the database's CPU in a profiled capture benchmark.
 * The flip side is that a first plan stays for the life of the process, which is why the plans must not
 * depend on the statistics; {@code CaptureStatementPlanIntegrationTests} pins that no statement scans.
 *
 * <p>Idempotency rests on {@code MERGE} of {@code (:Event {eventId})}, which the {@code event_id}
 * unique constraint makes safe under concurrency: a second transaction capturing the same event
 * waits for the first and then finds it. Only events this capture created get graph rows written.
 */
@Repository
public class EventWrites {

  /**
   * Creates the new events with their TOUCHED relationships in one pass: the batches exist by then,
   * and looking each event up again for its relationships cost a statement of its own.
   */
  private static final String EVENTS = """
      CYPHER replan=skip
      UNWIND $rows AS ev
      MERGE (e:Event {eventId: ev.properties.eventId})
      ON CREATE SET e += ev.properties, e.recordTime = $recordTime, e.captureId = $captureId
      WITH e, ev WHERE e.captureId = $captureId
      CALL (e, ev) {
        UNWIND ev.batches AS t
        MATCH (b:Batch {gtin: t.gtin, lot: t.lot}) USING INDEX SEEK b:Batch(gtin, lot)
        CREATE (e)-[:TOUCHED {role: t.role, quantity: t.quantity, uom: t.uom}]->(b)
      }
      RETURN collect(ev.properties.eventId) AS created""";
  private static final String DECLARATIONS = """
      CYPHER replan=skip
      UNWIND $rows AS d
      MERGE (e:Event {eventId: d.eventId})
      ON CREATE SET e += d, e.recordTime = $recordTime, e.captureId = $captureId
      SET e.erroneous = true, e.errorDeclaration = d.errorDeclaration, e.json = d.json
      RETURN count(e) AS declared""";
  private static final String FACILITIES = """
      CYPHER replan=skip
      UNWIND $rows AS r
      MERGE (f:Facility {gln: r.gln})
      ON CREATE SET f.name = 'GLN ' + r.gln, f.country = r.country, f.source = 'EPCIS'""";
  /**
   * New batches get their product; an existing batch is only written to when it lacks an expiry date
   * the event knows, because any SET locks the node until commit and busy batches are shared between
   * concurrent captures.
   */
  private static final String BATCHES = """
      CYPHER replan=skip
      UNWIND $rows AS r
      MERGE (p:Product {gtin: r.gtin})
      ON CREATE SET p.name = 'GTIN ' + r.gtin, p.group = 'OTHER', p.source = 'EPCIS'
      MERGE (b:Batch {gtin: r.gtin, lot: r.lot})
      ON CREATE SET b.source = 'EPCIS', b.expiresAt = r.expiresAt
      FOREACH (_ IN CASE WHEN b.expiresAt IS NULL AND r.expiresAt IS NOT NULL THEN [1] ELSE [] END |
        SET b.expiresAt = r.expiresAt)
      WITH p, b WHERE NOT EXISTS { (b)-[:OF]->(:Product) }
      CREATE (b)-[:OF]->(p)""";
  private static final String ITEMS = """
      CYPHER replan=skip
      UNWIND $rows AS r
      MERGE (i:Item {epc: r.epc})
      ON CREATE SET i.gtin = r.gtin, i.lot = r.lot""";
  /**
   * Captures of one transformation take turns: each writes (so locks until commit) the transformation's
   * node first thing, before any batch, and only then looks for the transformation's other events (in
   * GraphEffectWrites). Two documents captured at the same moment would otherwise each look before the other
   * had committed, and neither would link. The ids come sorted, so documents naming several transformations
   * take the locks in one order.
   */
  private static final String TRANSFORMATION_TURNS = """
      CYPHER replan=skip
      UNWIND $rows AS id
      MERGE (x:Transformation {id: id})
      SET x.lastCaptureId = $captureId""";
  private static final String ITEM_LOOKUP = """
      CYPHER replan=skip
      UNWIND $epcs AS epc
      MATCH (i:Item {epc: epc}) USING INDEX SEEK i:Item(epc)
      RETURN epc, i.gtin AS gtin, i.lot AS lot""";

  /** Every statement of capture, by name, for the test that pins their plans. */
  static Map<String, String> statements() {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("EVENTS", EVENTS);
    all.put("DECLARATIONS", DECLARATIONS);
    all.put("FACILITIES", FACILITIES);
    all.put("BATCHES", BATCHES);
    all.put("ITEMS", ITEMS);
    all.put("TRANSFORMATION_TURNS", TRANSFORMATION_TURNS);
    all.put("ITEM_LOOKUP", ITEM_LOOKUP);
    all.putAll(GraphEffectWrites.statements());
    return all;
  }

  /** What a write did. */
  public record Outcome(Set<String> created, long declared) {}

  private final Neo4jClient neo4j;
  private final GraphEffectWrites effects;

  EventWrites(Neo4jClient neo4j) {
    this.neo4j = neo4j;
    this.effects = new GraphEffectWrites(neo4j);
  }

  /** The batches of already captured SGTINs, by canonical Digital Link. */
  public Map<String, BatchRef> itemBatches(Collection<String> epcs) {
    Map<String, BatchRef> found = new HashMap<>();
    neo4j.query(ITEM_LOOKUP).bind(List.copyOf(epcs)).to("epcs")
        .fetch().all()
        .forEach(r -> found.put((String) r.get("epc"), new BatchRef((String) r.get("gtin"), (String) r.get("lot"))));
    return found;
  }

  /**
   * Writes {@code plan}; must run in a transaction. Facilities, batches and items are merged first, for
   * duplicates too (they exist already then, so nothing changes); the other graph rows only for the
   * events this capture created.
   */
  public Outcome write(WritePlan plan, String captureId, OffsetDateTime recordTime) {
    Map<String, Object> common = Map.of("captureId", captureId, "recordTime", recordTime);
    List<String> transformationIds = plan.events().stream().map(e -> e.get("transformationID"))
        .filter(id -> id instanceof String text && !text.isBlank()).map(String.class::cast)
        .distinct().sorted().toList();
    if (!transformationIds.isEmpty()) {
      neo4j.query(TRANSFORMATION_TURNS).bindAll(with(common, transformationIds)).run();
    }
    run(FACILITIES, distinct(plan.facilities(), "gln"));
    run(BATCHES, mergeBatches(plan.batches()));
    run(ITEMS, distinct(plan.items(), "epc"));
    Set<String> created = new HashSet<>();
    if (!plan.events().isEmpty()) {
      Object ids = neo4j.query(EVENTS).bindAll(with(common, eventRows(plan))).fetch().one().orElseThrow().get("created");
      ((Collection<?>) ids).forEach(id -> created.add((String) id));
    }
    long declared = 0;
    if (!plan.declarations().isEmpty()) {
      declared = neo4j.query(DECLARATIONS).bindAll(with(common, plan.declarations()))
          .fetchAs(Long.class).one().orElse(0L);
    }
    List<Map<String, Object>> transformations = plan.events().stream()
        .filter(e -> transformationIds.contains(e.get("transformationID"))
            && created.contains((String) e.get("eventId")))
        .map(e -> Map.<String, Object>of("eventId", e.get("eventId"), "transformationID", e.get("transformationID")))
        .toList();
    effects.write(plan.onlyFor(created), transformations);
    return new Outcome(created, declared);
  }

  /**
   * One row per event id (a document may repeat an event), with the batches and facilities it touched,
   * so that a repeated event does not get its relationships twice.
   */
  private static List<Map<String, Object>> eventRows(WritePlan plan) {
    Map<Object, List<Map<String, Object>>> batches = grouped(distinct(plan.eventBatches(), "eventId", "gtin", "lot", "role"));
    Map<Object, Map<String, Object>> rows = new LinkedHashMap<>();
    for (Map<String, Object> event : plan.events()) {
      Object id = event.get("eventId");
      rows.putIfAbsent(id, Map.of("properties", event, "batches", batches.getOrDefault(id, List.of())));
    }
    return List.copyOf(rows.values());
  }

  private static Map<Object, List<Map<String, Object>>> grouped(List<Map<String, Object>> rows) {
    Map<Object, List<Map<String, Object>>> byEvent = new HashMap<>();
    rows.forEach(row -> byEvent.computeIfAbsent(row.get("eventId"), id -> new ArrayList<>()).add(row));
    return byEvent;
  }


  private void run(String statement, List<Map<String, Object>> rows) {
    if (!rows.isEmpty()) {
      neo4j.query(statement).bind(rows).to("rows").run();
    }
  }

  private static Map<String, Object> with(Map<String, Object> common, List<?> rows) {
    Map<String, Object> parameters = new HashMap<>(common);
    parameters.put("rows", rows);
    return parameters;
  }

  static List<Map<String, Object>> distinct(List<Map<String, Object>> rows, String... keys) {
    Map<List<Object>, Map<String, Object>> unique = new LinkedHashMap<>();
    for (Map<String, Object> row : rows) {
      List<Object> key = new ArrayList<>();
      for (String k : keys) {
        key.add(row.get(k));
      }
      unique.putIfAbsent(key, row);
    }
    return List.copyOf(unique.values());
  }

  /** One row per batch, keeping an expiry date if any row has one. */
  private static List<Map<String, Object>> mergeBatches(List<Map<String, Object>> rows) {
    Map<List<Object>, Map<String, Object>> unique = new LinkedHashMap<>();
    for (Map<String, Object> row : rows) {
      unique.merge(List.of(row.get("gtin"), row.get("lot")), new HashMap<>(row), (a, b) -> {
        a.putIfAbsent("expiresAt", b.get("expiresAt"));
        return a;
      });
    }
    return List.copyOf(unique.values());
  }
}
