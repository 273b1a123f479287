package com.acme.app.epcis.internal;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Reads captured events back: filtered pages for the query interface, single events, and the events
 * behind a batch's provenance for export. Each answer is one statement.
 */
@Repository
public class EventReads {

  /** A stored event: its JSON as captured and the JSON-LD context entries of its document. */
  public record StoredEvent(String eventId, String json, String context) {}

  /**
   * Query filters; a {@code null} filter is not applied. Identifier filters are compared with the
   * stored identifiers in both written and canonical Digital Link form.
   */
  public record Filter(
      @Nullable List<String> types,
      @Nullable OffsetDateTime fromTime,
      @Nullable OffsetDateTime toTime,
      @Nullable List<String> bizSteps,
      @Nullable List<String> dispositions,
      @Nullable List<String> bizLocations,
      @Nullable List<String> readPoints,
      @Nullable List<String> epcs,
      @Nullable List<String> anyEpcs,
      @Nullable List<String> epcClasses) {}

  private static final String WHERE = """
      MATCH (e:Event)
      WHERE ($types IS NULL OR e.type IN $types)
        AND ($from IS NULL OR e.eventTime >= $from)
        AND ($to IS NULL OR e.eventTime < $to)
        AND ($bizSteps IS NULL OR e.bizStep IN $bizSteps)
        AND ($dispositions IS NULL OR e.disposition IN $dispositions)
        AND ($bizLocations IS NULL OR e.bizLocation IN $bizLocations OR e.bizLocationKey IN $bizLocations)
        AND ($readPoints IS NULL OR e.readPoint IN $readPoints OR e.readPointKey IN $readPoints)
        AND ($epcs IS NULL OR any(x IN e.epcs WHERE x IN $epcs))
        AND ($anyEpcs IS NULL OR any(x IN e.anyEpcs WHERE x IN $anyEpcs))
        AND ($classes IS NULL OR any(x IN e.epcClasses WHERE x IN $classes))
      """;

  private final Neo4jClient neo4j;

  EventReads(Neo4jClient neo4j) {
    this.neo4j = neo4j;
  }

  /** Up to {@code limit} events matching {@code filter} after skipping {@code offset}, by event time. */
  public List<StoredEvent> find(Filter filter, int offset, int limit) {
    Map<String, Object> parameters = parameters(filter);
    parameters.put("offset", offset);
    parameters.put("limit", limit);
    return List.copyOf(neo4j.query(WHERE + """
            RETURN e.eventId AS eventId, e.json AS json, coalesce(e.context, '[]') AS context
            ORDER BY e.eventTime, e.eventId SKIP $offset LIMIT $limit""")
        .bindAll(parameters).fetchAs(StoredEvent.class).mappedBy(EventReads::stored).all());
  }

  /** How many events match {@code filter}. */
  public long count(Filter filter) {
    return neo4j.query(WHERE + "RETURN count(e) AS n").bindAll(parameters(filter)).fetchAs(Long.class).one().orElse(0L);
  }

  /** The event {@code eventId}. */
  public Optional<StoredEvent> find(String eventId) {
    return neo4j.query("""
            MATCH (e:Event {eventId: $id})
            RETURN e.eventId AS eventId, e.json AS json, coalesce(e.context, '[]') AS context""")
        .bind(eventId).to("id").fetchAs(StoredEvent.class).mappedBy(EventReads::stored).one();
  }

  /**
   * The events that touched the batch or any batch it was made from, by event time; empty when the
   * batch is unknown. The walk is the provenance walk's: shortest paths, so merges are visited once.
   */
  public Optional<List<StoredEvent>> provenanceEvents(String gtin, String lot) {
    boolean exists = neo4j.query("RETURN EXISTS { (:Batch {gtin: $gtin, lot: $lot}) } AS found")
        .bindAll(Map.of("gtin", gtin, "lot", lot)).fetchAs(Boolean.class).one().orElse(false);
    if (!exists) {
      return Optional.empty();
    }
    return Optional.of(List.copyOf(neo4j.query("""
            MATCH (root:Batch {gtin: $gtin, lot: $lot})
            MATCH p = ANY SHORTEST (root)-[:MADE_FROM]->{0,50}(b:Batch)
            WITH DISTINCT b
            MATCH (e:Event)-[:TOUCHED]->(b)
            WITH DISTINCT e
            RETURN e.eventId AS eventId, e.json AS json, coalesce(e.context, '[]') AS context
            ORDER BY e.eventTime, e.eventId""")
        .bindAll(Map.of("gtin", gtin, "lot", lot)).fetchAs(StoredEvent.class).mappedBy(EventReads::stored).all()));
  }

  private static StoredEvent stored(org.neo4j.driver.types.TypeSystem types, org.neo4j.driver.Record r) {
    return new StoredEvent(r.get("eventId").asString(), r.get("json").asString(), r.get("context").asString());
  }

  private static Map<String, Object> parameters(Filter f) {
    Map<String, Object> p = new HashMap<>();
    p.put("types", f.types());
    p.put("from", f.fromTime());
    p.put("to", f.toTime());
    p.put("bizSteps", f.bizSteps() == null ? null : f.bizSteps().stream().map(Vocabulary::shortForm).toList());
    p.put("dispositions", f.dispositions() == null ? null : f.dispositions().stream().map(Vocabulary::shortForm).toList());
    p.put("bizLocations", canonical(f.bizLocations()));
    p.put("readPoints", canonical(f.readPoints()));
    p.put("epcs", canonical(f.epcs()));
    p.put("anyEpcs", canonical(f.anyEpcs()));
    p.put("classes", canonical(f.epcClasses()));
    return p;
  }

  private static @Nullable List<String> canonical(@Nullable List<String> values) {
    return values == null ? null : EventRows.withCanonical(values);
  }
}
