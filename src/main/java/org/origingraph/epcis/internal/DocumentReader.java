package org.origingraph.epcis.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the bytes of a captured document into validated events.
 *
 * <p>Order of checks: JSON syntax (one problem, nothing else is checked), GS1's JSON Schema, then what
 * the schema cannot say: that each event is one of the five EPCIS 2.0 types, and that every GS1
 * identifier in it is well formed with correct check digits. Each problem carries a JSON pointer, so
 * a producer can find it in a document of thousands of events. Thread-safe.
 */
@Component
public class DocumentReader {

  /** The five event types of EPCIS 2.0. */
  public static final Set<String> EVENT_TYPES = Set.of(
      "ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent", "AssociationEvent");
  private static final List<String> EPC_FIELDS = List.of("epcList", "childEPCs", "inputEPCList", "outputEPCList");
  private static final List<String> QUANTITY_FIELDS = List.of("quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList");

  private final JsonMapper json = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();
  private final EpcisSchema schema;

  DocumentReader(EpcisSchema schema) {
    this.schema = schema;
  }

  /** Thrown for bytes that are not one JSON value. */
  public static final class MalformedJsonException extends RuntimeException {
    MalformedJsonException(String message) {
      super(message);
    }
  }

  /**
   * Reads and validates {@code body}.
   *
   * @throws MalformedJsonException if it is not JSON
   */
  public ParsedDocument read(byte[] body) {
    JsonNode document;
    try {
      document = json.readTree(body);
    } catch (JacksonException e) {
      throw new MalformedJsonException("The document is not valid JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
    }
    return read(document);
  }

  /** Validates an already parsed {@code document}. */
  public ParsedDocument read(JsonNode document) {
    List<Problem> problems = new ArrayList<>();
    for (EpcisSchema.Violation v : schema.validate(document)) {
      problems.add(new Problem(v.pointer(), "SCHEMA_VIOLATION", v.message(), eventIndex(v.pointer())));
    }
    if (!"EPCISDocument".equals(document.path("type").asString(""))) {
      problems.add(new Problem("/type", "SCHEMA_VIOLATION", "Only an EPCISDocument can be captured", -1));
    }
    Map<String, String> prefixes = prefixes(document.path("@context"));
    String context = inlineContext(document.path("@context"));
    JsonNode list = document.path("epcisBody").path("eventList");
    List<ParsedEvent> events = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode event = list.get(i);
      String at = "/epcisBody/eventList/" + i;
      String type = event.path("type").asString("");
      if (!EVENT_TYPES.contains(type)) {
        problems.add(new Problem(at + "/type", "UNKNOWN_EVENT_TYPE",
            "'" + abbreviate(type) + "' is not an EPCIS 2.0 event type; expected one of " + EVENT_TYPES, i));
        continue;
      }
      identifiers(event, at, i, problems);
      int index = i;
      if (problems.stream().anyMatch(p -> p.eventIndex() == index)) {
        continue;
      }
      // the hash is the key only of events that have no eventID; nothing else reads it
      JsonNode given = event.path("eventID");
      String eventId = given.isString() ? given.asString() : EventHash.of(event, prefixes);
      if (seen.add(eventId)) {
        events.add(new ParsedEvent(i, eventId, event, context));
      }
    }
    return new ParsedDocument(events, problems.stream()
        .sorted((a, b) -> a.eventIndex() == b.eventIndex() ? a.pointer().compareTo(b.pointer()) : Integer.compare(a.eventIndex(), b.eventIndex()))
        .toList());
  }

  /**
   * The JSON-LD prefixes a document declares inline, for expanding extension names in the hash. GS1's
   * own prefixes are not added: the hash supplies them itself, as GS1's reference implementation does.
   */
  static Map<String, String> prefixes(JsonNode context) {
    Map<String, String> prefixes = new HashMap<>();
    for (JsonNode entry : context.isArray() ? context : List.of(context)) {
      if (entry.isObject()) {
        entry.properties().forEach(p -> {
          if (p.getValue().isString()) {
            prefixes.put(p.getKey(), p.getValue().asString());
          }
        });
      }
    }
    return prefixes;
  }

  /** The object entries of {@code @context} (prefix declarations), as a JSON array text. */
  private String inlineContext(JsonNode context) {
    var entries = json.createArrayNode();
    for (JsonNode entry : context.isArray() ? context : List.of(context)) {
      if (entry.isObject()) {
        entries.add(entry);
      }
    }
    return entries.toString();
  }

  private static void identifiers(JsonNode event, String at, int index, List<Problem> problems) {
    for (String field : EPC_FIELDS) {
      JsonNode values = event.path(field);
      for (int j = 0; j < values.size(); j++) {
        check(values.get(j), at + "/" + field + "/" + j, index, problems);
      }
    }
    check(event.path("parentID"), at + "/parentID", index, problems);
    check(event.path("readPoint").path("id"), at + "/readPoint/id", index, problems);
    check(event.path("bizLocation").path("id"), at + "/bizLocation/id", index, problems);
    for (String field : QUANTITY_FIELDS) {
      JsonNode values = event.path(field);
      for (int j = 0; j < values.size(); j++) {
        check(values.get(j).path("epcClass"), at + "/" + field + "/" + j + "/epcClass", index, problems);
      }
    }
    for (String field : List.of("sourceList", "destinationList")) {
      JsonNode values = event.path(field);
      String member = field.equals("sourceList") ? "source" : "destination";
      for (int j = 0; j < values.size(); j++) {
        check(values.get(j).path(member), at + "/" + field + "/" + j + "/" + member, index, problems);
      }
    }
  }

  private static void check(JsonNode value, String pointer, int index, List<Problem> problems) {
    if (!value.isString()) {
      return;
    }
    try {
      EpcIdentifiers.parse(value.asString());
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(pointer, "INVALID_IDENTIFIER", e.getMessage(), index));
    }
  }

  private static int eventIndex(String pointer) {
    String prefix = "/epcisBody/eventList/";
    if (!pointer.startsWith(prefix)) {
      return -1;
    }
    String rest = pointer.substring(prefix.length());
    int slash = rest.indexOf('/');
    try {
      return Integer.parseInt(slash < 0 ? rest : rest.substring(0, slash));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String abbreviate(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }
}
