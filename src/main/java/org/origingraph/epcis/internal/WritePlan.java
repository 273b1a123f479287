package org.origingraph.epcis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.origingraph.provenance.BatchKey;
import org.origingraph.provenance.GraphEffects;
import org.jspecify.annotations.Nullable;

/**
 * The rows a captured document writes, one list per batched (UNWIND) statement: the events' own
 * ({@code (:Event)} properties, items, what each event TOUCHED) and, for the provenance module, the
 * facilities and batches the events name and what they did to the graph. Each graph row is tagged with
 * the event it comes from, so that the rows of events that turned out to be duplicates can be dropped
 * before they are written. Filled by one {@link GraphMapper}; not thread-safe.
 */
public record WritePlan(
    List<Map<String, Object>> events,
    List<Map<String, Object>> declarations,
    List<GraphEffects.SeenFacility> facilities,
    List<GraphEffects.SeenBatch> batches,
    List<Item> items,
    List<Touch> touches,
    List<Tagged<GraphEffects.Production>> productions,
    List<Tagged<GraphEffects.Derivation>> derivations,
    List<Tagged<GraphEffects.Shipping>> shipments,
    List<Tagged<GraphEffects.Carriage>> carriages,
    List<Tagged<GraphEffects.Receipt>> receipts) {

  /** A serialised item (canonical Digital Link) commissioned into {@code batch}. */
  public record Item(String epc, BatchKey batch) {}

  /**
   * Event {@code eventId} touched {@code batch}; a TransformationEvent's batches have a role (INPUT or
   * OUTPUT) and its inputs their quantity, so that a later event of the same transformation can link them.
   */
  public record Touch(String eventId, BatchKey batch, @Nullable String role, @Nullable Double quantity,
      @Nullable String uom) {}

  /** A graph row of event {@code eventId}. */
  public record Tagged<T>(String eventId, T row) {}

  /** An empty plan to fill. */
  public static WritePlan empty() {
    return new WritePlan(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
        new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
  }

  /**
   * The graph effects of the {@code created} events, with {@code joined}: the links between their batches
   * and those of the other events of their transformations.
   */
  public GraphEffects effectsOf(Set<String> created, List<GraphEffects.Derivation> joined) {
    return new GraphEffects(keep(productions, created), keep(derivations, created), joined, keep(shipments, created),
        keep(carriages, created), keep(receipts, created));
  }

  private static <T> List<T> keep(List<Tagged<T>> rows, Set<String> created) {
    return rows.stream().filter(r -> created.contains(r.eventId())).map(Tagged::row).toList();
  }
}
