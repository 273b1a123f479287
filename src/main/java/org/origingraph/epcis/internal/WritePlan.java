package org.origingraph.epcis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows a captured document writes, one list per batched (UNWIND) statement. Every row carries the
 * {@code eventId} it comes from, so that the rows of events that turned out to be duplicates can be
 * dropped before they are written.
 */
public record WritePlan(
    List<Map<String, Object>> events,
    List<Map<String, Object>> declarations,
    List<Map<String, Object>> facilities,
    List<Map<String, Object>> batches,
    List<Map<String, Object>> items,
    List<Map<String, Object>> produced,
    List<Map<String, Object>> madeFrom,
    List<Map<String, Object>> shipments,
    List<Map<String, Object>> carries,
    List<Map<String, Object>> receipts,
    List<Map<String, Object>> eventBatches) {

  /** An empty plan to fill. */
  public static WritePlan empty() {
    return new WritePlan(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
        new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
  }

  /**
   * The same plan with only the graph rows of {@code created} events. Events, declarations and the
   * rows written before events are known to be new (facilities, batches, items, and the TOUCHED rows
   * written with the events) stay as they are.
   */
  public WritePlan onlyFor(Set<String> created) {
    return new WritePlan(events, declarations, facilities, batches, items,
        keep(produced, created), keep(madeFrom, created), keep(shipments, created), keep(carries, created),
        keep(receipts, created), eventBatches);
  }

  private static List<Map<String, Object>> keep(List<Map<String, Object>> rows, Set<String> created) {
    return rows.stream().filter(r -> created.contains((String) r.get("eventId"))).toList();
  }
}
