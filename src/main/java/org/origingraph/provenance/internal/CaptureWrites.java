package org.origingraph.provenance.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.origingraph.provenance.BatchKey;
import org.origingraph.provenance.GraphEffects;
import org.origingraph.provenance.Quantity;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The Cypher of what captured events do to the provenance graph: one UNWIND statement per kind of row, so
 * a document of a thousand events costs a few round trips, not thousands. Run in the capture's transaction.
 *
 * <p>Every lookup by key says {@code USING INDEX SEEK}, and every MERGE of a node is on a uniqueness
 * constraint (planned by rule as a unique seek). Left to its costs, the planner picked plans that are cheap
 * only while the graph is as small as it is at start-up: the gtin-only index filtered for the lot, or, with
 * a plain {@code USING INDEX} hint, a scan of the whole (gtin, lot) index once per touched batch. With the
 * plans fixed, the statements say {@code replan=skip}: while a capture load grows the graph, Neo4j would
 * otherwise re-plan each of them whenever the label counts have moved enough, which took about a seventh
 * of the database's CPU in a profiled capture benchmark. The flip side is that a first plan stays for the
 * life of the process, which is why the plans must not depend on the statistics;
 * {@code CaptureStatementPlanIntegrationTests} pins that no statement scans.
 *
 * <p>A quantity is a pair: it is written whole or not at all. Any SET locks the node or relation until
 * commit, and busy batches are shared between concurrent captures, so nothing is set that would not change.
 */
@Repository
public class CaptureWrites {

  private static final String FACILITIES = """
      CYPHER replan=skip
      UNWIND $rows AS r
      MERGE (f:Facility {gln: r.gln})
      ON CREATE SET f.name = 'GLN ' + r.gln, f.country = r.country, f.source = 'EPCIS'""";
  /** A new product is a placeholder with the search key of its placeholder name (SearchKeyIndexer's key). */
  private static final String BATCHES = """
      CYPHER replan=skip
      UNWIND $rows AS r
      MERGE (p:Product {gtin: r.gtin})
      ON CREATE SET p.name = r.name, p.group = 'OTHER', p.source = 'EPCIS', p.searchKeys = r.searchKeys
      MERGE (b:Batch {gtin: r.gtin, lot: r.lot})
      ON CREATE SET b.source = 'EPCIS', b.expiresAt = r.expiresAt
      FOREACH (_ IN CASE WHEN b.expiresAt IS NULL AND r.expiresAt IS NOT NULL THEN [1] ELSE [] END |
        SET b.expiresAt = r.expiresAt)
      FOREACH (_ IN CASE WHEN EXISTS { (b)-[:OF]->(:Product) } THEN [] ELSE [1] END | CREATE (b)-[:OF]->(p))
      RETURN r.gtin AS gtin, r.lot AS lot, elementId(b) AS node""";
  /** Returns the products whose search key may now lack the region of the facility they were produced at. */
  private static final String PRODUCED = """
      CYPHER replan=skip
      UNWIND $rows AS r
      MATCH (b:Batch {gtin: r.gtin, lot: r.lot}) USING INDEX SEEK b:Batch(gtin, lot)
      MATCH (f:Facility {gln: r.gln}) USING INDEX SEEK f:Facility(gln)
      WITH b, f, r WHERE NOT EXISTS { (b)-[:PRODUCED_AT]->() }
      CREATE (b)-[:PRODUCED_AT {at: r.at}]->(f)
      SET b.producedAt = coalesce(b.producedAt, r.at)
      RETURN collect(DISTINCT CASE WHEN f.region IS NOT NULL THEN b.gtin END) AS regional""";
  private static final String MADE_FROM = """
      CYPHER replan=skip
      UNWIND $rows AS r
      MATCH (o:Batch {gtin: r.outGtin, lot: r.outLot}) USING INDEX SEEK o:Batch(gtin, lot)
      MATCH (i:Batch {gtin: r.inGtin, lot: r.inLot}) USING INDEX SEEK i:Batch(gtin, lot)
      MERGE (o)-[m:MADE_FROM]->(i)
      FOREACH (_ IN CASE WHEN r.quantity IS NULL OR (r.fill AND m.quantity IS NOT NULL) THEN [] ELSE [1] END |
        SET m.quantity = r.quantity, m.uom = r.uom)""";
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
      FOREACH (_ IN CASE WHEN r.quantity IS NULL THEN [] ELSE [1] END | SET c.quantity = r.quantity, c.uom = r.uom)""";
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
      RETURN r.fallbackId AS fallbackId, size(matched) AS matched""";
  private static final String NODE_IDS = """
      UNWIND $rows AS r
      MATCH (b:Batch {gtin: r.gtin, lot: r.lot}) USING INDEX SEEK b:Batch(gtin, lot)
      RETURN r.gtin AS gtin, r.lot AS lot, elementId(b) AS node""";

  private final Neo4jClient neo4j;
  private final SearchKeyIndexer searchKeys;

  CaptureWrites(Neo4jClient neo4j, SearchKeyIndexer searchKeys) {
    this.neo4j = neo4j;
    this.searchKeys = searchKeys;
  }

  /** Every statement of capture's graph writes, by name, for the test that pins their plans. */
  static Map<String, String> statements() {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("FACILITIES", FACILITIES);
    all.put("BATCHES", BATCHES);
    all.put("PRODUCED", PRODUCED);
    all.put("MADE_FROM", MADE_FROM);
    all.put("SHIPMENTS", SHIPMENTS);
    all.put("CARRIES", CARRIES);
    all.put("RECEIPTS", RECEIPTS);
    all.put("NODE_IDS", NODE_IDS);
    return all;
  }

  /** See {@link org.origingraph.provenance.CapturedGraph#merge}. */
  public Map<BatchKey, String> merge(Collection<GraphEffects.SeenFacility> facilities,
      Collection<GraphEffects.SeenBatch> batches) {
    Map<String, Map<String, Object>> sites = new LinkedHashMap<>();
    facilities.forEach(f -> sites.putIfAbsent(f.gln(), Map.of("gln", f.gln(), "country", f.country())));
    run(FACILITIES, List.copyOf(sites.values()));
    // one row per batch, keeping an expiry date if any sighting has one
    Map<BatchKey, Map<String, Object>> lots = new LinkedHashMap<>();
    Map<String, String> placeholderKeys = new HashMap<>();
    for (GraphEffects.SeenBatch seen : batches) {
      Map<String, Object> row = lots.computeIfAbsent(seen.batch(), key -> {
        String name = "GTIN " + key.gtin();
        Map<String, Object> r = new HashMap<>();
        r.put("gtin", key.gtin());
        r.put("lot", key.lot());
        r.put("name", name);
        r.put("searchKeys", placeholderKeys.computeIfAbsent(name, n -> SearchKeyIndexer.key(List.of(n))));
        return r;
      });
      row.putIfAbsent("expiresAt", seen.expiresAt()); // replaces a null too
    }
    return lots.isEmpty() ? Map.of() : nodes(BATCHES, List.copyOf(lots.values()));
  }

  /** See {@link org.origingraph.provenance.CapturedGraph#apply}. */
  public void apply(GraphEffects effects) {
    Map<BatchKey, Map<String, Object>> produced = new LinkedHashMap<>();
    effects.productions().forEach(p -> produced.putIfAbsent(p.batch(),
        Map.of("gtin", p.batch().gtin(), "lot", p.batch().lot(), "gln", p.facilityGln(), "at", p.at())));
    if (!produced.isEmpty()) {
      List<String> regional = neo4j.query(PRODUCED).bind(List.copyOf(produced.values())).to("rows").fetch().one()
          .map(r -> ((Collection<?>) r.get("regional")).stream().map(String.class::cast).toList()).orElse(List.of());
      if (!regional.isEmpty()) {
        searchKeys.index(regional);
      }
    }
    List<Map<String, Object>> derivations = new ArrayList<>();
    effects.derivations().forEach(d -> derivations.add(derivation(d, false)));
    effects.joinedDerivations().forEach(d -> derivations.add(derivation(d, true)));
    run(MADE_FROM, derivations);
    run(SHIPMENTS, effects.shipments().stream().map(s -> shipment(s.shipmentId(), s.sscc(), s.departedAt(), null,
        s.fromGln(), s.toGln(), s.bizTransactions())).toList());
    run(CARRIES, effects.carriages().stream().map(c -> carriage(c.shipmentId(), c.batch(), c.quantity())).toList());
    receipts(effects.receipts());
  }

  /** See {@link org.origingraph.provenance.CapturedGraph#nodeIds}. */
  public Map<BatchKey, String> nodeIds(Collection<BatchKey> batches) {
    List<Map<String, Object>> rows = batches.stream().distinct()
        .map(b -> Map.<String, Object>of("gtin", b.gtin(), "lot", b.lot())).toList();
    return rows.isEmpty() ? Map.of() : nodes(NODE_IDS, rows);
  }

  /**
   * Sets arrivals; a receipt that matches no shipment but names its source becomes a shipment of its
   * own, so that goods received from a supplier who does not share EPCIS data still show their path.
   */
  private void receipts(List<GraphEffects.Receipt> receipts) {
    if (receipts.isEmpty()) {
      return;
    }
    List<Map<String, Object>> rows = receipts.stream().map(r -> {
      Map<String, Object> row = new HashMap<>();
      row.put("candidates", r.shipmentIds());
      row.put("at", r.at());
      row.put("to", r.toGln());
      row.put("batches", r.batches().stream().map(b -> List.of(b.gtin(), b.lot())).toList());
      row.put("fallbackId", r.fallbackShipmentId());
      return row;
    }).toList();
    Set<String> unmatched = new HashSet<>();
    neo4j.query(RECEIPTS).bind(rows).to("rows").fetch().all().forEach(r -> {
      if (((Number) r.get("matched")).longValue() == 0) {
        unmatched.add((String) r.get("fallbackId"));
      }
    });
    List<Map<String, Object>> shipments = new ArrayList<>();
    List<Map<String, Object>> carries = new ArrayList<>();
    for (GraphEffects.Receipt receipt : receipts) {
      if (unmatched.contains(receipt.fallbackShipmentId()) && receipt.fromGln() != null) {
        shipments.add(shipment(receipt.fallbackShipmentId(), null, null, receipt.at(), receipt.fromGln(),
            receipt.toGln(), List.of()));
        receipt.batches().forEach(b -> carries.add(carriage(receipt.fallbackShipmentId(), b, null)));
      }
    }
    run(SHIPMENTS, shipments);
    run(CARRIES, carries);
  }

  private Map<BatchKey, String> nodes(String statement, List<Map<String, Object>> rows) {
    Map<BatchKey, String> nodes = new HashMap<>();
    neo4j.query(statement).bind(rows).to("rows").fetch().all().forEach(r ->
        nodes.put(new BatchKey((String) r.get("gtin"), (String) r.get("lot")), (String) r.get("node")));
    return nodes;
  }

  private static Map<String, Object> derivation(GraphEffects.Derivation d, boolean fill) {
    Map<String, Object> row = new HashMap<>();
    row.put("outGtin", d.output().gtin());
    row.put("outLot", d.output().lot());
    row.put("inGtin", d.input().gtin());
    row.put("inLot", d.input().lot());
    row.put("fill", fill);
    quantity(row, d.quantity());
    return row;
  }

  private static Map<String, Object> shipment(String id, @Nullable String sscc, @Nullable Object departedAt,
      @Nullable Object arrivedAt, @Nullable String from, @Nullable String to, List<String> bizTransactions) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", id);
    row.put("sscc", sscc);
    row.put("departedAt", departedAt);
    row.put("arrivedAt", arrivedAt);
    row.put("from", from);
    row.put("to", to);
    row.put("bizTransactions", bizTransactions);
    return row;
  }

  private static Map<String, Object> carriage(String shipmentId, BatchKey batch, @Nullable Quantity quantity) {
    Map<String, Object> row = new HashMap<>();
    row.put("shipment", shipmentId);
    row.put("gtin", batch.gtin());
    row.put("lot", batch.lot());
    quantity(row, quantity);
    return row;
  }

  private static void quantity(Map<String, Object> row, @Nullable Quantity quantity) {
    row.put("quantity", quantity == null ? null : quantity.value());
    row.put("uom", quantity == null ? null : quantity.unit());
  }

  private void run(String statement, List<Map<String, Object>> rows) {
    if (!rows.isEmpty()) {
      neo4j.query(statement).bind(rows).to("rows").run();
    }
  }
}
