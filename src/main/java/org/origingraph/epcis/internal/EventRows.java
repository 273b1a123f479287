package org.origingraph.epcis.internal;

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
 *
 * <p>Identifiers are stored once, in canonical form (GS1 Digital Link for EPC URNs and Digital Links
 * alike; as written when they are neither), and queries canonicalise what they look for: a reader may
 * ask in either notation, and every property less is less to write for each of thousands of events.
 */
final class EventRows {

  private static final List<String> EPC_LISTS = List.of("epcList", "childEPCs", "inputEPCList", "outputEPCList");
  private static final List<String> QUANTITY_LISTS =
      List.of("quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList");

  private EventRows() {}

  static Map<String, Object> event(ParsedEvent parsed) {
    JsonNode e = parsed.json();
    Map<String, Object> row = new HashMap<>();
    row.put("eventId", parsed.eventId());
    row.put("type", parsed.type());
    row.put("eventTime", OffsetDateTime.parse(e.path("eventTime").asString()));
    row.put("action", text(e, "action"));
    row.put("bizStep", Vocabulary.shortForm(text(e, "bizStep")));
    row.put("disposition", Vocabulary.shortForm(text(e, "disposition")));
    row.put("readPoint", canonical(text(e.path("readPoint"), "id")));
    row.put("bizLocation", canonical(text(e.path("bizLocation"), "id")));
    row.put("parentId", canonical(text(e, "parentID")));
    row.put("transformationID", text(e, "transformationID"));
    if (parsed.declaresError()) {
      row.put("erroneous", true);
    }
    row.put("json", e.toString());
    row.put("context", parsed.context());
    List<String> epcs = new ArrayList<>();
    for (String list : EPC_LISTS) {
      e.path(list).forEach(n -> epcs.add(n.asString("")));
    }
    row.put("epcs", canonical(epcs));
    List<String> classes = new ArrayList<>();
    for (String list : QUANTITY_LISTS) {
      e.path(list).forEach(q -> classes.add(q.path("epcClass").asString("")));
    }
    row.put("epcClasses", canonical(classes));
    row.put("bizTransactions", typed(e.path("bizTransactionList"), "bizTransaction"));
    row.put("sources", typed(e.path("sourceList"), "source"));
    row.put("destinations", typed(e.path("destinationList"), "destination"));
    if (parsed.declaresError()) {
      row.put("errorDeclaration", e.path("errorDeclaration").toString());
    }
    // not storing nulls and empty lists spares each of thousands of events a few property records and
    // their transfer over Bolt; an absent list reads as null, not as [], so queries coalesce(e.x, [])
    row.values().removeIf(v -> v == null || v instanceof List<?> list && list.isEmpty());
    return row;
  }

  /** The distinct canonical forms of {@code identifiers}, blanks left out. */
  static List<String> canonical(List<String> identifiers) {
    Set<String> all = new LinkedHashSet<>();
    for (String identifier : identifiers) {
      if (!identifier.isEmpty()) {
        all.add(canonical(identifier));
      }
    }
    return List.copyOf(all);
  }

  static @Nullable String canonical(@Nullable String identifier) {
    if (identifier == null) {
      return null;
    }
    try {
      return EpcIdentifiers.parse(identifier).canonical();
    } catch (IllegalArgumentException e) {
      return identifier;
    }
  }

  /**
   * The typed entries of a bizTransactionList, sourceList or destinationList, each as {@link #typed(String, String)};
   * {@code null} (nothing written) when there are none. An entry without a type is left out: the EPCIS
   * query's {@code EQ_bizTransaction_{type}} only matches entries whose type equals the one it names.
   */
  private static @Nullable List<String> typed(JsonNode list, String member) {
    Set<String> entries = new LinkedHashSet<>();
    for (JsonNode entry : list) {
      String type = Vocabulary.shortForm(text(entry, "type"));
      String id = canonical(text(entry, member));
      if (type != null && !type.isEmpty() && id != null && !id.isEmpty()) {
        entries.add(typed(type, id));
      }
    }
    return entries.isEmpty() ? null : List.copyOf(entries);
  }

  /**
   * How a typed entry is stored and looked for: {@code "<type>|<id>"}, the type in CBV short form
   * ({@code po}, {@code owning_party}) or as written when it is not a CBV value, the id canonical.
   */
  static String typed(String type, String id) {
    return type + "|" + id;
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isString() ? value.asString() : null;
  }
}
