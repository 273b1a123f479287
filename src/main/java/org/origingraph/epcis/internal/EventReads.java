package org.origingraph.epcis.internal;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.origingraph.provenance.BatchKey;
import org.origingraph.provenance.CapturedGraph;
import org.origingraph.provenance.ProvenanceTracer;
import org.origingraph.provenance.TraceDirection;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads captured events back: filtered pages for the query interface, single events, and the events
 * behind a batch's provenance for export. Each answer is one statement.
 */
@Repository
public class EventReads {

  /** A stored event: its JSON as captured and the JSON-LD context entries of its document. */
  public record StoredEvent(String eventId, String json, String context) {}

  /**
   * Query filters; a {@code null} filter is not applied. Identifiers are given in the stored, canonical
   * form ({@link EpcPatterns}), so that a reader may have asked in either notation (EPC URN or GS1
   * Digital Link); CBV values ({@code bizSteps}, {@code dispositions}) in any spelling.
   *
   * @param bizTransactions one entry per business transaction type; an event must match each
   * @param sources likewise for source types
   * @param destinations likewise for destination types
   */
  public record Filter(
      @Nullable List<String> types,
      @Nullable OffsetDateTime fromTime,
      @Nullable OffsetDateTime toTime,
      @Nullable List<String> bizSteps,
      @Nullable List<String> dispositions,
      @Nullable List<String> bizLocations,
      @Nullable List<String> readPoints,
      EpcPatterns.@Nullable Match epcs,
      EpcPatterns.@Nullable Match anyEpcs,
      EpcPatterns.@Nullable Match epcClasses,
      EpcPatterns.@Nullable Match anyEpcClasses,
      @Nullable List<Typed> bizTransactions,
      @Nullable List<Typed> sources,
      @Nullable List<Typed> destinations) {}

  /**
   * Entries of one type (a CBV short name such as {@code po} or {@code owning_party}, else the URI) whose
   * id is one of {@code ids} (canonical).
   */
  public record Typed(String type, List<String> ids) {}

  /** The condition of each filter parameter, in the order they are written. */
  static final Map<String, String> CONDITIONS = orderedConditions();

  private final Neo4jClient neo4j;
  private final ProvenanceTracer tracer;
  private final CapturedGraph graph;

  EventReads(Neo4jClient neo4j, ProvenanceTracer tracer, CapturedGraph graph) {
    this.neo4j = neo4j;
    this.tracer = tracer;
    this.graph = graph;
  }

  /**
   * What a caller outside the regulator's may read ({@link EventScopes}): an event one of whose locations
   * (business location, read point, source or destination, stored canonical) is the caller's, or that
   * TOUCHED a batch of the scope.
   */
  static final String IN_SCOPE = """
      (any(loc IN [l IN [e.bizLocation, e.readPoint] WHERE l IS NOT NULL]
           + [x IN coalesce(e.sources, []) + coalesce(e.destinations, []) | substring(x, size(split(x, '|')[0]) + 1)]
         WHERE any(p IN $scope.prefixes WHERE loc STARTS WITH p) AND NOT any(p IN $scope.excepted WHERE loc STARTS WITH p))
       OR (size($scope.batches) > 0 AND EXISTS { MATCH (e)-[:TOUCHED]->(b) WHERE elementId(b) IN $scope.batches }))""";

  /** Up to {@code limit} events matching {@code filter} after skipping {@code offset}, by event time. */
  public List<StoredEvent> find(Filter filter, int offset, int limit) {
    return find(filter, null, offset, limit);
  }

  /** As {@link #find(Filter, int, int)}, only events within {@code scope} (all when null). */
  public List<StoredEvent> find(Filter filter, EventScopes.@Nullable Scope scope, int offset, int limit) {
    Map<String, Object> parameters = parameters(filter);
    parameters.put("scope", scope == null ? null : scope.toMap());
    parameters.put("offset", offset);
    parameters.put("limit", limit);
    return List.copyOf(neo4j.query(match(parameters) + """
            RETURN e.eventId AS eventId, e.json AS json, coalesce(e.context, '[]') AS context
            ORDER BY e.eventTime, e.eventId SKIP $offset LIMIT $limit""")
        .bindAll(parameters).fetchAs(StoredEvent.class).mappedBy(EventReads::stored).all());
  }

  /** How many events match {@code filter}. */
  public long count(Filter filter) {
    return count(filter, null);
  }

  /** How many events within {@code scope} (all when null) match {@code filter}. */
  public long count(Filter filter, EventScopes.@Nullable Scope scope) {
    Map<String, Object> parameters = parameters(filter);
    parameters.put("scope", scope == null ? null : scope.toMap());
    return neo4j.query(match(parameters) + "RETURN count(e) AS n").bindAll(parameters).fetchAs(Long.class).one().orElse(0L);
  }

  /** The event {@code eventId}. */
  public Optional<StoredEvent> find(String eventId) {
    return find(eventId, null);
  }

  /** The event {@code eventId}, if it is within {@code scope} (any event when null). */
  public Optional<StoredEvent> find(String eventId, EventScopes.@Nullable Scope scope) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("id", eventId);
    parameters.put("scope", scope == null ? null : scope.toMap());
    return neo4j.query("MATCH (e:Event {eventId: $id})\n" + (scope == null ? "" : "WHERE " + IN_SCOPE + "\n") + """
            RETURN e.eventId AS eventId, e.json AS json, coalesce(e.context, '[]') AS context""")
        .bindAll(parameters).fetchAs(StoredEvent.class).mappedBy(EventReads::stored).one();
  }

  /**
   * The events that touched the batch or any batch it was made from, by event time; empty when the
   * batch is unknown. The batches are the provenance module's upstream walk, at its full depth.
   */
  @Transactional(readOnly = true)
  public Optional<List<StoredEvent>> provenanceEvents(String gtin, String lot, EventScopes.@Nullable Scope scope) {
    return tracer.reachableBatches(new BatchKey(gtin, lot), TraceDirection.UPSTREAM, ProvenanceTracer.MAX_DEPTH)
        .map(batches -> {
          Map<String, Object> parameters = new HashMap<>();
          parameters.put("nodes", List.copyOf(graph.nodeIds(batches).values()));
          parameters.put("scope", scope == null ? null : scope.toMap());
          return List.copyOf(neo4j.query("""
                  MATCH (b) WHERE elementId(b) IN $nodes
                  MATCH (e:Event)-[:TOUCHED]->(b)
                  WITH DISTINCT e
                  """ + (scope == null ? "" : "WHERE " + IN_SCOPE + "\n") + """
                  RETURN e.eventId AS eventId, e.json AS json, coalesce(e.context, '[]') AS context
                  ORDER BY e.eventTime, e.eventId""")
              .bindAll(parameters).fetchAs(StoredEvent.class).mappedBy(EventReads::stored).all());
        });
  }

  private static StoredEvent stored(org.neo4j.driver.types.TypeSystem types, org.neo4j.driver.Record r) {
    return new StoredEvent(r.get("eventId").asString(), r.get("json").asString(), r.get("context").asString());
  }

  /**
   * The MATCH with only the conditions of the filters given, so that the planner can seek the
   * event_time, event_biz_location or event_read_point index instead of scanning every event, as a
   * {@code ($x IS NULL OR ...)} condition would force it to. Each combination of filters is a statement
   * text of its own; readers use a handful of combinations, which Neo4j caches like any other statement.
   */
  static String match(Map<String, Object> parameters) {
    StringJoiner where = new StringJoiner("\n  AND ", "MATCH (e:Event)\nWHERE ", "\n").setEmptyValue("MATCH (e:Event)\n");
    CONDITIONS.forEach((parameter, condition) -> {
      if (parameters.get(parameter) != null) {
        where.add(condition);
      }
    });
    return where.toString();
  }

  /*
   * Capture stores no null and no empty list (EventRows), so every list property may be absent, and an
   * absent property reads as null: any(x IN null ...) is null and [a] + null is null, which would drop
   * an event that matches through another part (a parentID with no EPC list). Each list is therefore
   * read through coalesce(e.x, []).
   *
   * e.epcs and e.epcClasses hold every EPC list and every quantity list of an event, but MATCH_epc and
   * MATCH_epcClass only look at epcList/childEPCs and quantityList/childQuantityList; MATCH_anyEPC and
   * MATCH_anyEPCClass at all of them. The input and output lists are a TransformationEvent's only lists,
   * and GS1's schema allows them on no other type, so leaving out TransformationEvents is exactly the
   * standard's choice of lists.
   */
  private static Map<String, String> orderedConditions() {
    Map<String, String> conditions = new LinkedHashMap<>();
    conditions.put("types", "e.type IN $types");
    conditions.put("from", "e.eventTime >= $from");
    conditions.put("to", "e.eventTime < $to");
    conditions.put("bizSteps", "e.bizStep IN $bizSteps");
    conditions.put("dispositions", "e.disposition IN $dispositions");
    conditions.put("bizLocations", "e.bizLocation IN $bizLocations");
    conditions.put("readPoints", "e.readPoint IN $readPoints");
    conditions.put("epcs", "e.type <> 'TransformationEvent' AND any(x IN coalesce(e.epcs, []) WHERE " + matches("$epcs") + ")");
    conditions.put("anyEpcs", "any(x IN coalesce(e.epcs, []) + [id IN [e.parentId] WHERE id IS NOT NULL] WHERE "
        + matches("$anyEpcs") + ")");
    conditions.put("classes", "e.type <> 'TransformationEvent' AND any(x IN coalesce(e.epcClasses, []) WHERE "
        + matches("$classes") + ")");
    conditions.put("anyClasses", "any(x IN coalesce(e.epcClasses, []) WHERE " + matches("$anyClasses") + ")");
    conditions.put("bizTransactions", "all(t IN $bizTransactions WHERE any(x IN coalesce(e.bizTransactions, []) WHERE x IN t))");
    conditions.put("sources", "all(t IN $sources WHERE any(x IN coalesce(e.sources, []) WHERE x IN t))");
    conditions.put("destinations", "all(t IN $destinations WHERE any(x IN coalesce(e.destinations, []) WHERE x IN t))");
    conditions.put("scope", IN_SCOPE);
    return Collections.unmodifiableMap(conditions);
  }

  /** {@code x} is one of the {@code identifiers} of an {@link EpcPatterns.Match} parameter, or matches one of its prefixes. */
  private static String matches(String match) {
    return "(x IN " + match + ".identifiers OR any(p IN " + match + ".prefixes WHERE x STARTS WITH p.prefix"
        + " AND substring(x, p.at, size(p.infix)) = p.infix))";
  }

  private static Map<String, Object> parameters(Filter f) {
    Map<String, Object> p = new HashMap<>();
    p.put("types", f.types());
    p.put("from", f.fromTime());
    p.put("to", f.toTime());
    p.put("bizSteps", f.bizSteps() == null ? null : f.bizSteps().stream().map(Vocabulary::shortForm).toList());
    p.put("dispositions", f.dispositions() == null ? null : f.dispositions().stream().map(Vocabulary::shortForm).toList());
    p.put("bizLocations", f.bizLocations());
    p.put("readPoints", f.readPoints());
    p.put("epcs", f.epcs() == null ? null : f.epcs().toMap());
    p.put("anyEpcs", f.anyEpcs() == null ? null : f.anyEpcs().toMap());
    p.put("classes", f.epcClasses() == null ? null : f.epcClasses().toMap());
    p.put("anyClasses", f.anyEpcClasses() == null ? null : f.anyEpcClasses().toMap());
    p.put("bizTransactions", typed(f.bizTransactions()));
    p.put("sources", typed(f.sources()));
    p.put("destinations", typed(f.destinations()));
    return p;
  }

  /** Per type, the stored entries ({@link EventRows#typed}) of which an event must have one. */
  private static @Nullable List<List<String>> typed(@Nullable List<Typed> filters) {
    return filters == null ? null
        : filters.stream().map(t -> t.ids().stream().map(id -> EventRows.typed(t.type(), id)).toList()).toList();
  }
}
