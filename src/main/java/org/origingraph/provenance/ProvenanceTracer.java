package org.origingraph.provenance;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.origingraph.provenance.internal.ProvenanceQuery;
import org.springframework.stereotype.Service;

/**
 * Walks the MADE_FROM graph from one batch and returns everything on the way, in one database round
 * trip whatever the chain's length.
 *
 * <p>Thread-safe.
 */
@Service
public class ProvenanceTracer {

  /** Largest {@code maxDepth} accepted, and the default. */
  public static final int MAX_DEPTH = ProvenanceQuery.MAX_DEPTH;

  private final ProvenanceQuery query;

  ProvenanceTracer(ProvenanceQuery query) {
    this.query = query;
  }

  /**
   * The provenance of batch {@code root}.
   *
   * @param maxDepth MADE_FROM steps to walk at most, 1 to {@link #MAX_DEPTH}
   * @return empty when the batch does not exist
   * @throws IllegalArgumentException if {@code maxDepth} is out of range
   */
  public Optional<Provenance> trace(BatchKey root, TraceDirection direction, int maxDepth) {
    if (maxDepth < 1 || maxDepth > MAX_DEPTH) {
      throw new IllegalArgumentException("maxDepth must be between 1 and " + MAX_DEPTH);
    }
    return query.trace(root, direction, maxDepth);
  }

  /**
   * The batches the walk from {@code root} reaches, {@code root} included: the provenance walk's answer
   * without the rest of the graph, for callers that relate their own records to batches.
   *
   * @param maxDepth MADE_FROM steps to walk at most, 1 to {@link #MAX_DEPTH}
   * @return empty when the batch does not exist
   * @throws IllegalArgumentException if {@code maxDepth} is out of range
   */
  public Optional<Set<BatchKey>> reachableBatches(BatchKey root, TraceDirection direction, int maxDepth) {
    // provisional: the whole trace, narrowed to its batches
    return trace(root, direction, maxDepth).map(provenance -> provenance.nodes().stream()
        .filter(Batch.class::isInstance).map(Batch.class::cast)
        .map(Batch::key).collect(Collectors.toUnmodifiableSet()));
  }
}
