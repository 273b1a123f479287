package org.origingraph.provenance;

import java.util.List;

/**
 * The provenance graph of one batch.
 *
 * @param root the batch the walk started from
 * @param nodes every object reached, the root first
 * @param edges relations between {@code nodes}
 * @param tiers longest MADE_FROM chain of batches, the root included
 * @param truncated whether batches lay beyond {@code maxDepth}
 * @param countries distinct facility countries, sorted
 */
public record Provenance(
    Batch root,
    TraceDirection direction,
    int maxDepth,
    List<GraphNode> nodes,
    List<ProvenanceEdge> edges,
    int tiers,
    boolean truncated,
    List<String> countries) {}
