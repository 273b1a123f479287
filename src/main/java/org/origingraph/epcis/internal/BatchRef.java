package org.origingraph.epcis.internal;

import java.util.Map;

/** A batch by its graph key: GTIN-14 and lot. */
public record BatchRef(String gtin, String lot) {

  Map<String, Object> row(String eventId) {
    return Map.of("eventId", eventId, "gtin", gtin, "lot", lot);
  }
}
