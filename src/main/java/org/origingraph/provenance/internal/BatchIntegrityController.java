package org.origingraph.provenance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.origingraph.api.GlobalId;
import org.origingraph.integrity.Integrity;
import org.origingraph.integrity.IntegrityCheck;
import org.origingraph.integrity.RecordSource;
import org.origingraph.provenance.Batch;
import org.origingraph.provenance.BatchKey;
import org.origingraph.provenance.Catalog;
import org.origingraph.provenance.ProvenanceTracer;
import org.origingraph.provenance.TraceDirection;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Batch.integrity}: the batches of the upstream provenance walk (the same walk, with the same node
 * budget, as {@code provenance}), handed with their nodes to the integrity check, which re-reads every
 * module's records about them.
 */
@Controller
class BatchIntegrityController {

  private final ProvenanceTracer tracer;
  private final Catalog catalog;
  private final IntegrityCheck check;

  BatchIntegrityController(ProvenanceTracer tracer, Catalog catalog, IntegrityCheck check) {
    this.tracer = tracer;
    this.catalog = catalog;
    this.check = check;
  }

  @SchemaMapping(typeName = "Batch", field = "integrity")
  Integrity integrity(Batch batch) {
    Set<BatchKey> keys = tracer.reachableBatches(batch.key(), TraceDirection.UPSTREAM, ProvenanceTracer.MAX_DEPTH)
        .orElse(Set.of(batch.key()));
    List<GlobalId> ids = keys.stream().map(k -> new GlobalId("Batch", k.gtin() + ":" + k.lot())).toList();
    Map<GlobalId, String> nodes = catalog.elementIds(ids);
    List<RecordSource.Batch> batches = new ArrayList<>();
    for (BatchKey key : keys) {
      String node = nodes.get(new GlobalId("Batch", key.gtin() + ":" + key.lot()));
      if (node != null) {
        batches.add(new RecordSource.Batch(key.gtin(), key.lot(), node));
      }
    }
    return check.verify(batches);
  }
}
