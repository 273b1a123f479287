package org.origingraph.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.origingraph.api.GlobalId;
import org.origingraph.integrity.Integrity;
import org.origingraph.integrity.IntegrityCheck;
import org.origingraph.integrity.RecordSource;
import org.springframework.stereotype.Service;

/**
 * The integrity log's verdict on a batch: the batches of its upstream provenance walk (the same walk,
 * with the same node budget, as {@code provenance}), handed with their nodes to the integrity check,
 * which re-reads every module's records about them. One place for GraphQL's {@code Batch.integrity} and
 * the consumer page, so both say the same.
 */
@Service
public class BatchIntegrity {

  private final ProvenanceTracer tracer;
  private final Catalog catalog;
  private final IntegrityCheck check;

  BatchIntegrity(ProvenanceTracer tracer, Catalog catalog, IntegrityCheck check) {
    this.tracer = tracer;
    this.catalog = catalog;
    this.check = check;
  }

  /** Checks every stored record behind {@code batch} against the log. */
  public Integrity of(BatchKey batch) {
    Set<BatchKey> keys = tracer.reachableBatches(batch, TraceDirection.UPSTREAM, ProvenanceTracer.MAX_DEPTH)
        .orElse(Set.of(batch));
    List<GlobalId> ids = keys.stream().map(BatchIntegrity::id).toList();
    Map<GlobalId, String> nodes = catalog.elementIds(ids);
    List<RecordSource.Batch> batches = new ArrayList<>();
    for (BatchKey key : keys) {
      String node = nodes.get(id(key));
      if (node != null) {
        batches.add(new RecordSource.Batch(key.gtin(), key.lot(), node));
      }
    }
    return check.verify(batches);
  }

  private static GlobalId id(BatchKey key) {
    return new GlobalId("Batch", key.gtin() + ":" + key.lot());
  }
}
