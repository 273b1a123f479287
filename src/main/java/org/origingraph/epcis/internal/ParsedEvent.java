package org.origingraph.epcis.internal;

import tools.jackson.databind.JsonNode;

/**
 * A validated event of a captured document.
 *
 * @param index its position in {@code epcisBody.eventList}
 * @param eventId its eventID, or the CBV 2.0 hash id when it has none
 * @param json the event exactly as captured
 * @param context the document's inline JSON-LD context entries (namespace prefixes), kept so that
 *     answers can declare the prefixes the event's extension fields use
 */
public record ParsedEvent(int index, String eventId, JsonNode json, String context) {

  /** The event type: ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent, AssociationEvent. */
  public String type() {
    return json.path("type").asString();
  }

  /** Whether this is an error declaration about an event captured before (same eventID or hash). */
  public boolean declaresError() {
    return json.has("errorDeclaration");
  }
}
