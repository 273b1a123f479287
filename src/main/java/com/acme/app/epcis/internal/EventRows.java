package com.acme.app.epcis.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The properties of an {@code (:Event)} node: what queries filter on, plus the event's JSON as captured,
 * so that answers return exactly what the producer sent (extensions included) without a mapping that
 * would have to know every extension.
 */
final class EventRows {

  private EventRows() {}

  static Map<String, Object> event(ParsedEvent parsed) {
    JsonNode e = parsed.json();
    Map<String, Object> row = new HashMap<>();
    row.put("eventId", parsed.eventId());
    row.put("type", parsed.type());
    row.put("eventTime", OffsetDateTime.parse(e.path("eventTime").asString()));
    row.put("eventTimeZoneOffset", e.path("eventTimeZoneOffset").asString(""));
    row.put("action", text(e, "action"));
    row.put("bizStep", Vocabulary.shortForm(text(e, "bizStep")));
    row.put("disposition", Vocabulary.shortForm(text(e, "disposition")));
    row.put("readPoint", text(e.path("readPoint"), "id"));
    row.put("bizLocation", text(e.path("bizLocation"), "id"));
    row.put("transformationID", text(e, "transformationID"));
    row.put("hash", parsed.hash());
    row.put("erroneous", parsed.declaresError());
    row.put("json", e.toString());
    row.put("context", parsed.context());
    row.put("readPointKey", canonical(String.valueOf(text(e.path("readPoint"), "id"))));
    row.put("bizLocationKey", canonical(String.valueOf(text(e.path("bizLocation"), "id"))));
    row.put("epcs", identifiers(e, List.of("epcList", "childEPCs", "inputEPCList", "outputEPCList")));
    row.put("anyEpcs", identifiers(e, List.of("epcList", "childEPCs", "inputEPCList", "outputEPCList", "parentID")));
    List<String> classes = new ArrayList<>();
    for (String list : List.of("quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList")) {
      e.path(list).forEach(q -> classes.add(q.path("epcClass").asString("")));
    }
    row.put("epcClasses", withCanonical(classes));
    if (parsed.declaresError()) {
      row.put("errorDeclaration", e.path("errorDeclaration").toString());
    }
    return row;
  }

  /** Every identifier of {@code fields}, as written and in canonical Digital Link form, for matching either. */
  private static List<String> identifiers(JsonNode e, List<String> fields) {
    List<String> values = new ArrayList<>();
    for (String field : fields) {
      JsonNode node = e.path(field);
      if (node.isArray()) {
        node.forEach(n -> values.add(n.asString("")));
      } else if (node.isString()) {
        values.add(node.asString());
      }
    }
    return withCanonical(values);
  }

  static List<String> withCanonical(List<String> values) {
    Set<String> all = new LinkedHashSet<>();
    for (String value : values) {
      all.add(value);
      all.add(canonical(value));
    }
    all.remove("");
    return List.copyOf(all);
  }

  static String canonical(String identifier) {
    try {
      return EpcIdentifiers.parse(identifier).canonical();
    } catch (IllegalArgumentException e) {
      return identifier;
    }
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isString() ? value.asString() : null;
  }
}
