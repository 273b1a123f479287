package com.acme.app.epcis.internal;

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
  private static final String PRODUCED = """
      CYPHER replan=skip
      UNWIND $rows AS r
      MATCH (b:Batch {gtin: r.gtin, lot: r.lot}) USING INDEX SEEK b:Batch(gtin, lot)
      MATCH (f:Facility {gln: r.gln}) USING INDEX SEEK f:Facility(gln)
      WITH b, f, r WHERE NOT EXISTS { (b)-[:PRODUCED_AT]->() }
      CREATE (b)-[:PRODUCED_AT {at: r.at}]->(f)
      SET b.producedAt = coalesce(b.producedAt, r.at)""";
  private static final String MADE_FROM = """
      CYPHER replan=skip
      UNWIND $rows AS r
      MATCH (o:Batch {gtin: r.outGtin, lot: r.outLot}) USING INDEX SEEK o:Batch(gtin, lot)
      MATCH (i:Batch {gtin: r.inGtin, lot: r.inLot}) USING INDEX SEEK i:Batch(gtin, lot)
      MERGE (o)-[m:MADE_FROM]->(i)
      SET m.quantity = coalesce(r.quantity, m.quantity), m.uom = coalesce(r.uom, m.uom)""";
  private static final String SHIPMENTS = """
      CYPHER replan=skip
      UNWIND $rows AS r
      MERGE (s:Shipment {id: r.id})
      ON CREATE SET s.sscc = r.sscc, s.source = 'EPCIS'
      SET s.departedAt = coalesce(r.departedAt, s.departedAt),
          s.arrivedAt = coalesce(r.arrivedAt, s.arrivedAt),
          s.bizTransactions = coalesce(s.bizTransactions, [])
              + [t IN r.bizTransactions WHERE NOT t IN coalesce(s.bizTransactions, [])]
      WITH s, r
      CALL (s, r) {
        MATCH (f:Facility {gln: r.from}) USING INDEX SEEK f:Facility(gln)
        WITH s, f WHERE NOT EXISTS { (s)-[:FROM]->() }
        CREATE (s)-[:FROM]->(f)
      }
      CALL (s, r) {
        MATCH (t:Facility {gln: r.to}) USING INDEX SEEK t:Facility(gln)
        WITH s, t WHERE NOT EXISTS { (s)-[:TO]->() }
        CREATE (s)-[:TO]->(t)
      }""";
  private static final String CARRIES = """
      CYPHER replan=skip
      UNWIND $rows AS r
      MATCH (s:Shipment {id: r.shipment}) USING INDEX SEEK s:Shipment(id)
      MATCH (b:Batch {gtin: r.gtin, lot: r.lot}) USING INDEX SEEK b:Batch(gtin, lot)
      MERGE (s)-[c:CARRIES]->(b)
      SET c.quantity = coalesce(r.quantity, c.quantity), c.uom = coalesce(r.uom, c.uom)""";
  private static final String RECEIPTS = """
      CYPHER replan=skip
      UNWIND $rows AS r
      CALL (r) {
        OPTIONAL MATCH (s:Shipment) USING INDEX SEEK s:Shipment(id) WHERE s.id IN r.candidates
        RETURN collect(s) AS byReference
      }
      CALL (r, byReference) {
        UNWIND CASE WHEN size(byReference) = 0 THEN r.batches ELSE [] END AS key
        MATCH (b:Batch {gtin: key[0], lot: key[1]}) USING INDEX SEEK b:Batch(gtin, lot)
        MATCH (s:Shipment)-[:CARRIES]->(b)
        WHERE s.arrivedAt IS NULL AND EXISTS { (s)-[:TO]->(:Facility {gln: r.to}) }
        RETURN collect(DISTINCT s) AS byItems
      }
      WITH r, CASE WHEN size(byReference) > 0 THEN byReference ELSE byItems END AS matched
      CALL (r, matched) {
        UNWIND matched AS s
        SET s.arrivedAt = r.at
        WITH s
        MATCH (f:Facility {gln: r.to}) USING INDEX SEEK f:Facility(gln)
        WITH s, f WHERE NOT EXISTS { (s)-[:TO]->() }
        CREATE (s)-[:TO]->(f)
      }
      RETURN r.eventId AS eventId, size(matched) AS matched""";
  /**
   * Captures of one transformation take turns: each writes (so locks until commit) the transformation's
   * node first thing, before any batch, and only then looks for the transformation's other events (see
   * TRANSFORMATIONS). Two documents captured at the same moment would otherwise each look before the other
   * had committed, and neither would link. The ids come sorted, so documents naming several transformations
   * take the locks in one order.
   */
  private static final String TRANSFORMATION_TURNS = """
      CYPHER replan=skip
      UNWIND $rows AS id
      MERGE (x:Transformation {id: id})
      SET x.lastCaptureId = $captureId""";
  /**
   * EPCIS lets one transformation be reported by several events sharing a transformationID (inputs
   * consumed in one, outputs made in another); each new such event links its outputs to the inputs of
   * the others, and the others' outputs to its inputs.
   */
  private static final String TRANSFORMATIONS = """
      CYPHER replan=skip
      UNWIND $rows AS r
      MATCH (e:Event {eventId: r.eventId}) USING INDEX SEEK e:Event(eventId)
      MATCH (other:Event {transformationID: r.transformationID}) USING INDEX SEEK other:Event(transformationID)
      WHERE other <> e
      CALL (e, other) {
        MATCH (e)-[:TOUCHED {role: 'OUTPUT'}]->(out:Batch), (other)-[t:TOUCHED {role: 'INPUT'}]->(in:Batch)
        WHERE out <> in
        MERGE (out)-[m:MADE_FROM]->(in)
        SET m.quantity = coalesce(m.quantity, t.quantity), m.uom = coalesce(m.uom, t.uom)
      }
      CALL (e, other) {
        MATCH (other)-[:TOUCHED {role: 'OUTPUT'}]->(out:Batch), (e)-[t:TOUCHED {role: 'INPUT'}]->(in:Batch)
        WHERE out <> in
        MERGE (out)-[m:MADE_FROM]->(in)
        SET m.quantity = coalesce(m.quantity, t.quantity), m.uom = coalesce(m.uom, t.uom)
      }""";
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
    all.put("PRODUCED", PRODUCED);
    all.put("MADE_FROM", MADE_FROM);
    all.put("SHIPMENTS", SHIPMENTS);
    all.put("CARRIES", CARRIES);
    all.put("RECEIPTS", RECEIPTS);
    all.put("TRANSFORMATION_TURNS", TRANSFORMATION_TURNS);
    all.put("TRANSFORMATIONS", TRANSFORMATIONS);
    all.put("ITEM_LOOKUP", ITEM_LOOKUP);
    return all;
  }

  /** What a write did. */
  public record Outcome(Set<String> created, long declared) {}

  private final Neo4jClient neo4j;

  EventWrites(Neo4jClient neo4j) {
    this.neo4j = neo4j;
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
        .filter(id -> id instanceof String text && !text.isBlank()).map(String.class::cast).distinct().sorted().toList();
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
    WritePlan rows = plan.onlyFor(created);
    run(PRODUCED, distinct(rows.produced(), "gtin", "lot"));
    run(MADE_FROM, rows.madeFrom());
    run(SHIPMENTS, rows.shipments());
    run(CARRIES, rows.carries());
    receipts(rows);
    List<Map<String, Object>> transformations = plan.events().stream()
        .filter(e -> transformationIds.contains(e.get("transformationID")) && created.contains((String) e.get("eventId")))
        .map(e -> Map.<String, Object>of("eventId", e.get("eventId"), "transformationID", e.get("transformationID")))
        .toList();
    run(TRANSFORMATIONS, transformations);
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

  /**
   * Sets arrivals; a receipt that matches no shipment but names its source becomes a shipment of its
   * own, so that goods received from a supplier who does not share EPCIS data still show their path.
   */
  private void receipts(WritePlan rows) {
    if (rows.receipts().isEmpty()) {
      return;
    }
    Set<String> unmatched = new HashSet<>();
    neo4j.query(RECEIPTS).bind(rows.receipts()).to("rows").fetch().all().forEach(r -> {
      if (((Number) r.get("matched")).longValue() == 0) {
        unmatched.add((String) r.get("eventId"));
      }
    });
    List<Map<String, Object>> shipments = new ArrayList<>();
    List<Map<String, Object>> carries = new ArrayList<>();
    for (Map<String, Object> receipt : rows.receipts()) {
      if (unmatched.contains((String) receipt.get("eventId")) && receipt.get("from") != null) {
        Map<String, Object> shipment = new HashMap<>(receipt);
        shipment.put("id", receipt.get("fallbackId"));
        shipment.put("arrivedAt", receipt.get("at"));
        shipment.put("bizTransactions", List.of());
        shipments.add(shipment);
        for (Object batch : (List<?>) receipt.get("batches")) {
          List<?> key = (List<?>) batch;
          carries.add(Map.of("shipment", receipt.get("fallbackId"), "gtin", key.get(0), "lot", key.get(1)));
        }
      }
    }
    run(SHIPMENTS, shipments);
    run(CARRIES, carries);
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

  private static List<Map<String, Object>> distinct(List<Map<String, Object>> rows, String... keys) {
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
