package org.origingraph.epcis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.origingraph.integrity.Accepted;
import org.origingraph.integrity.RecordSource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Captured events and error declarations as the integrity log sees them. An event's record is its JSON
 * as first captured ({@code acceptedJson} once declared erroneous, {@code json} before), a declaration's
 * the declaring event's JSON, kept in the event's {@code declarations}; {@link #accepted} makes the
 * leaves of a capture from the parsed events, {@link #recordsAbout} re-reads them from the nodes.
 */
@Component
public class EventRecords implements RecordSource {

  private static final String ABOUT = """
      UNWIND $nodes AS node
      MATCH (b) WHERE elementId(b) = node
      MATCH (e:Event)-[:TOUCHED]->(b)
      WITH DISTINCT e LIMIT $limit
      RETURN e.eventId AS eventId, coalesce(e.acceptedJson, e.json) AS json,
             coalesce(e.declaredOnly, false) AS declaredOnly, coalesce(e.declarations, []) AS declarations""";

  private final Neo4jClient neo4j;
  private final JsonMapper json;

  EventRecords(Neo4jClient neo4j, JsonMapper json) {
    this.neo4j = neo4j;
    this.json = json;
  }

  /** The records a capture accepted: the events it created, then its declarations, in document order. */
  public static List<Accepted> accepted(List<ParsedEvent> events, EventWrites.Outcome outcome) {
    Map<String, Accepted> created = new LinkedHashMap<>();
    List<ParsedEvent> declaring = new ArrayList<>();
    for (ParsedEvent event : events) {
      if (event.declaresError()) {
        declaring.add(event);
      } else if (outcome.created().contains(event.eventId())) {
        created.putIfAbsent(event.eventId(), new Accepted(Accepted.EVENT, event.eventId(), event.json()));
      }
    }
    List<Accepted> all = new ArrayList<>(created.values());
    for (int i = 0; i < outcome.declarations().size() && i < declaring.size(); i++) {
      all.add(new Accepted(Accepted.ERROR_DECLARATION, outcome.declarations().get(i), declaring.get(i).json()));
    }
    return all;
  }

  @Override
  public List<Stored> recordsAbout(List<Batch> batches, int limit) {
    List<Stored> stored = new ArrayList<>();
    neo4j.query(ABOUT).bindAll(Map.of("nodes", batches.stream().map(Batch::node).toList(), "limit", limit))
        .fetch().all().forEach(r -> {
          String id = (String) r.get("eventId");
          if (!(Boolean) r.get("declaredOnly")) {
            stored.add(Stored.of(Accepted.EVENT, id, parse((String) r.get("json"))));
          }
          List<?> declarations = (List<?>) r.get("declarations");
          for (int n = 1; n <= declarations.size(); n++) {
            stored.add(Stored.of(Accepted.ERROR_DECLARATION, id + "#" + n, parse((String) declarations.get(n - 1))));
          }
        });
    return stored;
  }

  /** The stored JSON; text that no longer parses is compared as it is, and so never matches. */
  private Object parse(String text) {
    try {
      return json.readTree(text);
    } catch (JacksonException e) {
      return text;
    }
  }
}
