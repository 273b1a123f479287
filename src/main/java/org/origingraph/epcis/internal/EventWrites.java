package org.origingraph.epcis.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.origingraph.provenance.BatchKey;
import org.origingraph.provenance.CapturedGraph;
import org.origingraph.provenance.GraphEffects;
import org.origingraph.provenance.Quantity;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The Cypher of capture's own records: one UNWIND statement per kind of row in a {@link WritePlan}, so a
 * document of a thousand events costs about a dozen round trips, not thousands. The facilities, batches,
 * products and shipments the events name, and what the events did to them, are the provenance module's to
 * write ({@link CapturedGraph}); this class writes the {@code (:Event)} nodes, their TOUCHED relations to
 * the batches (found by the element ids that module returns, so no statement here names its labels), the
 * serialised items and the transformation turns. Callers run {@link #write} inside one transaction, which
 * the provenance writes join; every statement is parameterised.
 *
 * <p>Every lookup by key says {@code USING INDEX SEEK}, and the statements say {@code replan=skip}, for
 * the reasons {@code CaptureWrites} gives; {@code CaptureStatementPlanIntegrationTests} pins that no
 * statement scans.
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
        UNWIND ev.touched AS t
        MATCH (b) WHERE elementId(b) = t.node
        CREATE (e)-[:TOUCHED {role: t.role, quantity: t.quantity, uom: t.uom}]->(b)
      }
      RETURN collect(ev.properties.eventId) AS created""";
  /**
   * An error declaration keeps the event as first captured ({@code acceptedJson}, which its leaf in the
   * integrity log holds) and appends itself to the event's {@code declarations}; reads get the declared
   * version ({@code json}), as EPCIS wants. An event first met as a declaration is {@code declaredOnly}:
   * it has no original to keep. Returns each declaration's number, which names its own record.
   */
  private static final String DECLARATIONS = """
      CYPHER replan=skip
      UNWIND $rows AS d
      MERGE (e:Event {eventId: d.eventId})
      ON CREATE SET e += d, e.recordTime = $recordTime, e.captureId = $captureId, e.declaredOnly = true
      SET e.acceptedJson = CASE WHEN e.declaredOnly THEN null ELSE coalesce(e.acceptedJson, e.json) END,
          e.erroneous = true, e.errorDeclaration = d.errorDeclaration, e.json = d.json,
          e.declarations = coalesce(e.declarations, []) + d.json
      RETURN d.eventId AS eventId, size(e.declarations) AS n""";
  private static final String ITEMS = """
      CYPHER replan=skip
      UNWIND $rows AS r
      MERGE (i:Item {epc: r.epc})
      ON CREATE SET i.gtin = r.gtin, i.lot = r.lot""";
  /**
   * Captures of one transformation take turns: each writes (so locks until commit) the transformation's
   * node first thing, before any batch, and only then looks for the transformation's other events
   * ({@link #TRANSFORMATION_LINKS}). Two documents captured at the same moment would otherwise each look
   * before the other had committed, and neither would link. The ids come sorted, so documents naming
   * several transformations take the locks in one order.
   */
  private static final String TRANSFORMATION_TURNS = """
      CYPHER replan=skip
      UNWIND $rows AS id
      MERGE (x:Transformation {id: id})
      SET x.lastCaptureId = $captureId""";
  /**
   * EPCIS lets one transformation be reported by several events sharing a transformationID (inputs
   * consumed in one, outputs made in another); each new such event's outputs are made from the inputs of
   * the others, and the others' outputs from its inputs, with the inputs' quantities. The batches are
   * read by their key through TOUCHED, this module's relation.
   */
  private static final String TRANSFORMATION_LINKS = """
      CYPHER replan=skip
      UNWIND $rows AS r
      MATCH (e:Event {eventId: r.eventId}) USING INDEX SEEK e:Event(eventId)
      MATCH (other:Event {transformationID: r.transformationID}) USING INDEX SEEK other:Event(transformationID)
      WHERE other <> e
      CALL (e, other) {
        MATCH (e)-[:TOUCHED {role: 'OUTPUT'}]->(out), (other)-[t:TOUCHED {role: 'INPUT'}]->(in)
        WHERE out <> in
        RETURN out, in, t
        UNION ALL
        MATCH (other)-[:TOUCHED {role: 'OUTPUT'}]->(out), (e)-[t:TOUCHED {role: 'INPUT'}]->(in)
        WHERE out <> in
        RETURN out, in, t
      }
      RETURN out.gtin AS outGtin, out.lot AS outLot, in.gtin AS inGtin, in.lot AS inLot,
             t.quantity AS quantity, t.uom AS uom""";
  private static final String ITEM_LOOKUP = """
      CYPHER replan=skip
      UNWIND $epcs AS epc
      MATCH (i:Item {epc: epc}) USING INDEX SEEK i:Item(epc)
      RETURN epc, i.gtin AS gtin, i.lot AS lot""";

  /** Every statement of capture's own records, by name, for the test that pins their plans. */
  static Map<String, String> statements() {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("EVENTS", EVENTS);
    all.put("DECLARATIONS", DECLARATIONS);
    all.put("ITEMS", ITEMS);
    all.put("TRANSFORMATION_TURNS", TRANSFORMATION_TURNS);
    all.put("TRANSFORMATION_LINKS", TRANSFORMATION_LINKS);
    all.put("ITEM_LOOKUP", ITEM_LOOKUP);
    return all;
  }

  /**
   * What a write did: the events it created and the declarations it stored, each as the id of its
   * record ({@code eventId#n}, the event's n-th declaration), in document order.
   */
  public record Outcome(Set<String> created, List<String> declarations) {

    /** How many declarations were stored. */
    public long declared() {
      return declarations.size();
    }
  }

  private final Neo4jClient neo4j;
  private final CapturedGraph graph;

  EventWrites(Neo4jClient neo4j, CapturedGraph graph) {
    this.neo4j = neo4j;
    this.graph = graph;
  }

  /** The batches of already captured SGTINs, by canonical Digital Link. */
  public Map<String, BatchKey> itemBatches(Collection<String> epcs) {
    Map<String, BatchKey> found = new HashMap<>();
    neo4j.query(ITEM_LOOKUP).bind(List.copyOf(epcs)).to("epcs")
        .fetch().all()
        .forEach(r -> found.put((String) r.get("epc"), new BatchKey((String) r.get("gtin"), (String) r.get("lot"))));
    return found;
  }

  /**
   * Writes {@code plan}; must run in a transaction. Facilities, batches and items are merged first, for
   * duplicates too (they exist already then, so nothing changes); the graph effects only for the events
   * this capture created.
   */
  public Outcome write(WritePlan plan, String captureId, OffsetDateTime recordTime) {
    Map<String, Object> common = Map.of("captureId", captureId, "recordTime", recordTime);
    List<String> transformationIds = plan.events().stream().map(e -> e.get("transformationID"))
        .filter(id -> id instanceof String text && !text.isBlank()).map(String.class::cast)
        .distinct().sorted().toList();
    if (!transformationIds.isEmpty()) {
      neo4j.query(TRANSFORMATION_TURNS).bindAll(with(common, transformationIds)).run();
    }
    Map<BatchKey, String> batchNodes = graph.merge(plan.facilities(), plan.batches());
    run(ITEMS, items(plan.items()));
    Set<String> created = new HashSet<>();
    if (!plan.events().isEmpty()) {
      Object ids = neo4j.query(EVENTS).bindAll(with(common, eventRows(plan, batchNodes))).fetch().one().orElseThrow()
          .get("created");
      ((Collection<?>) ids).forEach(id -> created.add((String) id));
    }
    List<String> declarations = new ArrayList<>();
    if (!plan.declarations().isEmpty()) {
      neo4j.query(DECLARATIONS).bindAll(with(common, plan.declarations())).fetch().all()
          .forEach(r -> declarations.add(r.get("eventId") + "#" + ((Number) r.get("n")).longValue()));
    }
    List<Map<String, Object>> transformations = plan.events().stream()
        .filter(e -> transformationIds.contains(e.get("transformationID"))
            && created.contains((String) e.get("eventId")))
        .map(e -> Map.<String, Object>of("eventId", e.get("eventId"), "transformationID", e.get("transformationID")))
        .toList();
    graph.apply(plan.effectsOf(created, joined(transformations)));
    return new Outcome(created, declarations);
  }

  /** The links {@link #TRANSFORMATION_LINKS} finds for the new events of {@code transformations}. */
  private List<GraphEffects.Derivation> joined(List<Map<String, Object>> transformations) {
    if (transformations.isEmpty()) {
      return List.of();
    }
    return neo4j.query(TRANSFORMATION_LINKS).bind(transformations).to("rows").fetch().all().stream()
        .map(r -> new GraphEffects.Derivation(
            new BatchKey((String) r.get("outGtin"), (String) r.get("outLot")),
            new BatchKey((String) r.get("inGtin"), (String) r.get("inLot")),
            Quantity.ofNullable(r.get("quantity") instanceof Number n ? n.doubleValue() : null, (String) r.get("uom"))))
        .toList();
  }

  /**
   * One row per event id (a document may repeat an event), with the batches it touched, each once per
   * role, so that a repeated event does not get its relationships twice.
   */
  private static List<Map<String, Object>> eventRows(WritePlan plan, Map<BatchKey, String> batchNodes) {
    Map<String, Map<List<Object>, Map<String, Object>>> touched = new HashMap<>();
    for (WritePlan.Touch touch : plan.touches()) {
      Map<String, Object> row = new HashMap<>();
      row.put("node", Objects.requireNonNull(batchNodes.get(touch.batch()), "every touched batch is merged"));
      row.put("role", touch.role());
      row.put("quantity", touch.quantity());
      row.put("uom", touch.uom());
      touched.computeIfAbsent(touch.eventId(), id -> new LinkedHashMap<>())
          .putIfAbsent(Arrays.asList(touch.batch(), touch.role()), row);
    }
    Map<Object, Map<String, Object>> rows = new LinkedHashMap<>();
    for (Map<String, Object> event : plan.events()) {
      Object id = event.get("eventId");
      var batches = touched.get(id);
      rows.putIfAbsent(id, Map.of("properties", event, "touched", batches == null ? List.of() : List.copyOf(batches.values())));
    }
    return List.copyOf(rows.values());
  }

  private static List<Map<String, Object>> items(List<WritePlan.Item> items) {
    Map<String, Map<String, Object>> unique = new LinkedHashMap<>();
    items.forEach(i -> unique.putIfAbsent(i.epc(), Map.of("epc", i.epc(), "gtin", i.batch().gtin(), "lot", i.batch().lot())));
    return List.copyOf(unique.values());
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
}
