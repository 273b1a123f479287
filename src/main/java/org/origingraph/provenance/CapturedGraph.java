package org.origingraph.provenance;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.origingraph.provenance.internal.CaptureWrites;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provenance graph's side of event capture: another module (EPCIS) says which facilities and batches
 * its events name and what the events did ({@link GraphEffects}); this module writes its own nodes and
 * relations. Unknown facilities and GTINs become placeholders ({@code source: 'EPCIS'}): a placeholder
 * product is named "GTIN …", is searchable at once, reads as not {@code registered}, and is completed by
 * {@link ProductionLog#registerProduct}.
 *
 * <p>The writes join the caller's transaction, and there must be one, so that a capture that fails
 * later leaves none of them behind. Each call is a fixed number of statements (one per kind of row)
 * whatever the number of rows, and every row's lookup is an index seek. Thread-safe; concurrent callers
 * touching the same batches may deadlock, which Neo4j reports as a transient error to retry.
 *
 * <p>{@link #apply} publishes {@link GraphCaptured} naming the batches it touched, for listeners that act
 * after the transaction commits.
 */
@Service
public class CapturedGraph {

  private final CaptureWrites writes;
  private final ApplicationEventPublisher events;

  CapturedGraph(CaptureWrites writes, ApplicationEventPublisher events) {
    this.writes = writes;
    this.events = events;
  }

  /**
   * Makes sure the facilities and batches exist (with placeholder products for unknown GTINs) and gives
   * each batch an expiry date it lacked.
   *
   * @return for each batch, its node's element id: valid in the caller's transaction, for relations the
   *     caller attaches to the batch (an event TOUCHED it) without naming this module's labels
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Map<BatchKey, String> merge(Collection<GraphEffects.SeenFacility> facilities,
      Collection<GraphEffects.SeenBatch> batches) {
    Map<BatchKey, String> merged = writes.merge(facilities, batches);
    events.publishEvent(new ProvenanceChanged(merged.keySet(), Set.of()));
    return merged;
  }

  /**
   * Writes {@code effects}. The facilities and batches they name must have been {@linkplain #merge merged}
   * first in the same transaction; rows naming others are skipped.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void apply(GraphEffects effects) {
    writes.apply(effects);
    events.publishEvent(new ProvenanceChanged(touched(effects), Set.of()));
    Set<BatchKey> captured = new LinkedHashSet<>();
    effects.productions().forEach(p -> captured.add(p.batch()));
    effects.derivations().forEach(d -> captured.add(d.output()));
    effects.joinedDerivations().forEach(d -> captured.add(d.output()));
    effects.carriages().forEach(c -> captured.add(c.batch()));
    effects.receipts().forEach(r -> captured.addAll(r.batches()));
    if (!captured.isEmpty()) {
      events.publishEvent(new GraphCaptured(captured)); // listeners act after commit
    }
  }

  /**
   * The element ids of the batch nodes of {@code batches} that exist, for reading what relates to them;
   * meaningful within the caller's transaction (nodes are not deleted, so in practice beyond it too).
   */
  public Map<BatchKey, String> nodeIds(Collection<BatchKey> batches) {
    return writes.nodeIds(batches);
  }

  /** Every batch {@code effects} names: what they link, ship or receive. */
  private static Set<BatchKey> touched(GraphEffects effects) {
    Set<BatchKey> batches = new HashSet<>();
    effects.productions().forEach(p -> batches.add(p.batch()));
    for (var d : effects.derivations()) {
      batches.add(d.output());
      batches.add(d.input());
    }
    for (var d : effects.joinedDerivations()) {
      batches.add(d.output());
      batches.add(d.input());
    }
    effects.carriages().forEach(c -> batches.add(c.batch()));
    effects.receipts().forEach(r -> batches.addAll(r.batches()));
    return batches;
  }
}
