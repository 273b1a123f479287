package org.origingraph.epcis.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The Cypher of what new events do to the provenance graph: batches produced at facilities, batches made
 * from batches, shipments between facilities carrying batches, arrivals, and the links between the events
 * of one transformation. Run by {@link EventWrites} in the capture's transaction, only for the events the
 * capture created, after the events, batches and facilities exist; the same rules about seeks and
 * {@code replan=skip} hold (see there).
 */
final class GraphEffectWrites {

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

  private final Neo4jClient neo4j;

  GraphEffectWrites(Neo4jClient neo4j) {
    this.neo4j = neo4j;
  }

  /** The statements, by name, for the test that pins their plans. */
  static Map<String, String> statements() {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("PRODUCED", PRODUCED);
    all.put("MADE_FROM", MADE_FROM);
    all.put("SHIPMENTS", SHIPMENTS);
    all.put("CARRIES", CARRIES);
    all.put("RECEIPTS", RECEIPTS);
    all.put("TRANSFORMATIONS", TRANSFORMATIONS);
    return all;
  }

  /**
   * Writes the graph rows of {@code rows}, a plan already narrowed to the created events, and links
   * {@code transformations} (rows of eventId and transformationID) to the other events of theirs.
   */
  void write(WritePlan rows, List<Map<String, Object>> transformations) {
    run(PRODUCED, EventWrites.distinct(rows.produced(), "gtin", "lot"));
    run(MADE_FROM, rows.madeFrom());
    run(SHIPMENTS, rows.shipments());
    run(CARRIES, rows.carries());
    receipts(rows);
    run(TRANSFORMATIONS, transformations);
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
}
