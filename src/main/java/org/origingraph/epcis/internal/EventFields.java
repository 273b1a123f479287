package org.origingraph.epcis.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads the event fields the graph mapping needs beyond identifiers: business transactions and ILMD. */
final class EventFields {

  private static final List<String> PREFERRED_TRANSACTIONS = List.of("desadv", "bol", "inv", "po");

  private EventFields() {}

  /** Business transaction ids, the kinds that identify a consignment first. */
  static List<String> transactions(JsonNode e) {
    List<String> ranked = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (String kind : PREFERRED_TRANSACTIONS) {
      for (JsonNode t : e.path("bizTransactionList")) {
        if (kind.equals(Vocabulary.shortForm(t.path("type").asString("")))) {
          ranked.add(t.path("bizTransaction").asString(""));
        }
      }
    }
    for (JsonNode t : e.path("bizTransactionList")) {
      String value = t.path("bizTransaction").asString("");
      if (!ranked.contains(value) && !value.isEmpty()) {
        others.add(value);
      }
    }
    ranked.addAll(others);
    return ranked;
  }

  /** An ILMD member by local name ({@code cbvmda:lotNumber} and {@code lotNumber} alike). */
  static @Nullable String ilmd(JsonNode e, String localName) {
    for (var member : e.path("ilmd").properties()) {
      String key = member.getKey();
      if ((key.equals(localName) || key.endsWith(":" + localName)) && member.getValue().isString()) {
        String value = member.getValue().asString().strip();
        return value.isEmpty() ? null : value;
      }
    }
    return null;
  }

  static @Nullable LocalDate date(@Nullable String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null) {
        try {
          return LocalDate.parse(candidate.length() > 10 ? candidate.substring(0, 10) : candidate);
        } catch (DateTimeParseException e) {
          // an unreadable date in ILMD is kept in the JSON and not used for the batch
        }
      }
    }
    return null;
  }

}
