package org.origingraph.epcis;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.origingraph.api.BadUserInputException;
import org.origingraph.epcis.internal.EventReads;
import org.origingraph.epcis.internal.EventScopes;
import org.origingraph.security.Callers;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads captured events: filtered pages, single events, and a batch's provenance as an EPCISDocument.
 *
 * <p>Events carry business transactions (purchase orders, despatch advices) that are not for the
 * public, so every read needs an API key, whatever its roles; the public portal reads the provenance
 * graph, not raw events. What a key reads is scoped by the party rule ({@link EventScopes}): a
 * regulator or administrator every event, a producer those at or between its organisation's
 * locations, an importer those and the events of the upstream of what was shipped to it. An event
 * outside the scope is as absent as an unknown one. Thread-safe.
 */
@Service
public class EpcisEvents {

  /** The standard context every EPCIS 2.0 JSON-LD document starts with. */
  public static final String CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
  private static final String TOKEN_PREFIX = "events:";

  private final EventReads reads;
  private final JsonMapper json;
  private final EventScopes scopes;

  EpcisEvents(EventReads reads, JsonMapper json, EventScopes scopes) {
    this.reads = reads;
    this.json = json;
    this.scopes = scopes;
  }

  /**
   * A page of events matching {@code query}.
   *
   * @param pageToken a {@link EventPage#nextPageToken()} from before, or {@code null} for the first page
   * @throws BadUserInputException if the token was not issued here
   * @throws QueryParameterException if a filter value is malformed or could never match (an identifier
   *     of a GS1 scheme, an EPC pattern, a type-less typed parameter…), naming the filter
   */
  @PreAuthorize("isAuthenticated()")
  public EventPage query(EventQuery query, int perPage, @Nullable String pageToken) {
    return page(query, perPage, pageToken == null ? 0 : offset(pageToken));
  }

  /**
   * A page starting after {@code offset} events (for Relay cursors).
   *
   * @throws QueryParameterException if a filter value is refused, as for {@link #query}
   */
  @PreAuthorize("isAuthenticated()")
  public EventPage page(EventQuery query, int perPage, int offset) {
    EventReads.Filter filter = EventFilters.of(query);
    EventScopes.Scope scope = scopes.of(Callers.current());
    List<EventReads.StoredEvent> rows = reads.find(filter, scope, offset, perPage + 1);
    boolean more = rows.size() > perPage;
    List<EpcisEvent> events = rows.stream().limit(perPage).map(this::event).toList();
    return new EventPage(events, offset, more ? token(offset + perPage) : null, reads.count(filter, scope));
  }

  /** The event {@code eventId}. */
  @PreAuthorize("isAuthenticated()")
  public Optional<EpcisEvent> event(String eventId) {
    return reads.find(eventId, scopes.of(Callers.current())).map(this::event);
  }

  /**
   * The events behind a batch's upstream provenance as one EPCISDocument, ready to capture elsewhere;
   * empty when the batch is unknown.
   */
  @PreAuthorize("isAuthenticated()")
  public Optional<ObjectNode> provenanceDocument(String gtin, String lot) {
    return reads.provenanceEvents(gtin, lot, scopes.of(Callers.current())).map(rows -> {
      List<EpcisEvent> events = rows.stream().map(this::event).toList();
      ObjectNode document = envelope("EPCISDocument", events);
      ArrayNode list = document.putObject("epcisBody").putArray("eventList");
      events.forEach(e -> list.add(e.json()));
      return document;
    });
  }

  /** An EPCISQueryDocument holding {@code events}, as the REST binding answers a query. */
  public ObjectNode queryDocument(List<EpcisEvent> events) {
    ObjectNode document = envelope("EPCISQueryDocument", events);
    ObjectNode results = document.putObject("epcisBody").putObject("queryResults");
    results.put("queryName", "SimpleEventQuery");
    ArrayNode list = results.putObject("resultsBody").putArray("eventList");
    events.forEach(e -> list.add(e.json()));
    return document;
  }

  /** {@code event} on its own, with the {@code @context} its prefixes need. */
  public ObjectNode standalone(EpcisEvent event) {
    ObjectNode node = json.createObjectNode();
    node.set("@context", context(List.of(event)));
    event.json().properties().forEach(p -> node.set(p.getKey(), p.getValue()));
    return node;
  }

  private ObjectNode envelope(String type, List<EpcisEvent> events) {
    ObjectNode document = json.createObjectNode();
    document.set("@context", context(events));
    document.put("type", type);
    document.put("schemaVersion", "2.0");
    document.put("creationDate", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).toString());
    return document;
  }

  /** The standard context plus the prefix declarations of the events' documents, first declaration winning. */
  private ArrayNode context(List<EpcisEvent> events) {
    ArrayNode context = json.createArrayNode().add(CONTEXT);
    ObjectNode prefixes = json.createObjectNode();
    for (EpcisEvent event : events) {
      for (JsonNode entry : event.context()) {
        entry.properties().forEach(p -> {
          if (!prefixes.has(p.getKey())) {
            prefixes.set(p.getKey(), p.getValue());
          }
        });
      }
    }
    if (!prefixes.isEmpty()) {
      context.add(prefixes);
    }
    return context;
  }

  private EpcisEvent event(EventReads.StoredEvent row) {
    return new EpcisEvent(row.eventId(), json.readTree(row.json()), json.readTree(row.context()));
  }

  static String token(int offset) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString((TOKEN_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int offset(String token) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (text.startsWith(TOKEN_PREFIX)) {
        int offset = Integer.parseInt(text.substring(TOKEN_PREFIX.length()));
        if (offset >= 0) {
          return offset;
        }
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new BadUserInputException("nextPageToken", "nextPageToken was not issued by this server");
  }
}
