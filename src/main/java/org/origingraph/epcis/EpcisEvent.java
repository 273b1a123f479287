package org.origingraph.epcis;

import tools.jackson.databind.JsonNode;

/**
 * A captured event as stored.
 *
 * @param eventId its eventID, or its CBV 2.0 hash id when it was captured without one
 * @param json the event exactly as captured (an error declaration replaces it with the declared version)
 * @param context the inline JSON-LD context entries of the document it came in (a JSON array)
 */
public record EpcisEvent(String eventId, JsonNode json, JsonNode context) {

  /** The event type. */
  public String type() {
    return json.path("type").asString("");
  }
}
