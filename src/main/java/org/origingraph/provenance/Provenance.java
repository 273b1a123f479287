package org.origingraph.provenance;

import java.util.List;

/**
 * The provenance graph of one batch.
 *
 * <p>An overview ({@link ProvenanceTracer#overview}) has the same root, counts, tiers, truncation
 * and countries as the full answer, but empty {@code nodes} and {@code edges}: it is built without
 * reading them.
 *
 * @param root the batch the walk started from
 * @param nodes every object reached, the root first; empty in an overview
 * @param edges relations between {@code nodes}; empty in an overview
 * @param tiers longest MADE_FROM chain of batches, the root included
 * @param truncatedBy why the answer holds less than everything reachable; empty when it is complete
 * @param countries distinct facility countries, sorted
 * @param summary the answer's counts
 */
public record Provenance(
    Batch root,
    TraceDirection direction,
    int maxDepth,
    List<GraphNode> nodes,
    List<ProvenanceEdge> edges,
    int tiers,
    List<TruncationReason> truncatedBy,
    List<String> countries,
    ProvenanceSummary summary) {

  /** Whether batches lay beyond the walk's budgets (depth or size). */
  public boolean truncated() {
    return !truncatedBy.isEmpty();
  }
}
