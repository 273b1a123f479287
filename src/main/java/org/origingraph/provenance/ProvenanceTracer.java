package org.origingraph.provenance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import java.util.List;

import org.origingraph.provenance.internal.ProvenanceQuery;
import org.origingraph.provenance.internal.WalkCache;
import org.springframework.stereotype.Service;

/**
 * Walks the MADE_FROM graph from one batch and returns everything on the way, in one database round
 * trip whatever the chain's length or shape.
 *
 * <p>Every walk is bounded three ways: {@code maxDepth} bounds the search itself, the node budget
 * ({@code origin.provenance.max-nodes}) bounds what one answer holds (the nearest batches are kept),
 * and the statement timeout ({@code origin.provenance.timeout}) bounds the time the database spends;
 * a walk that runs out of time fails with the driver's transaction-timeout exception after the
 * database has terminated it. The cost of a walk is linear in the batches and relationships it
 * reaches (see docs/decisions/007-bounded-provenance-walk.md).
 *
 * <p>Full answers are cached ({@code origin.provenance.cache.*}) until a committed write touches one of
 * their batches or products; an answer is the same for every caller, since visibility is enforced per
 * field after assembly (docs/decisions/010-walk-cache-and-walk-rows.md).
 *
 * <p>Thread-safe.
 */
@Service
public class ProvenanceTracer {

  /** Largest {@code maxDepth} accepted, and the default. */
  public static final int MAX_DEPTH = ProvenanceQuery.MAX_DEPTH;

  private final ProvenanceQuery query;
  private final WalkCache cache;

  ProvenanceTracer(ProvenanceQuery query, WalkCache cache) {
    this.query = query;
    this.cache = cache;
  }

  /**
   * The provenance of batch {@code root}.
   *
   * @param maxDepth MADE_FROM steps to walk at most, 1 to {@link #MAX_DEPTH}
   * @return empty when the batch does not exist
   * @throws IllegalArgumentException if {@code maxDepth} is out of range
   */
  public Optional<Provenance> trace(BatchKey root, TraceDirection direction, int maxDepth) {
    int depth = checked(maxDepth);
    return cache.get(root, direction, depth, query.nodeBudget(), () -> query.trace(root, direction, depth))
        .map(ProvenanceTracer::datedToRoot);
  }

  /**
   * The walk with each certificate's status judged on the root batch's production day: a reader asks
   * whether the lot in hand was covered, not whether the certificate still runs today.
   */
  private static Provenance datedToRoot(Provenance p) {
    if (p.root().producedAt() == null) {
      return p;
    }
    LocalDate day = p.root().producedAt().toLocalDate();
    List<GraphNode> nodes = p.nodes().stream().map(n -> n instanceof Certificate c ? (GraphNode) c.on(day) : n).toList();
    return new Provenance(p.root(), p.direction(), p.maxDepth(), nodes, p.edges(), p.tiers(), p.truncatedBy(),
        p.countries(), p.summary());
  }

  /**
   * The same answer as {@link #trace} with empty {@code nodes} and {@code edges}: root, tiers,
   * truncation, countries and summary, from a statement that counts without reading the nodes.
   *
   * @param maxDepth MADE_FROM steps to walk at most, 1 to {@link #MAX_DEPTH}
   * @return empty when the batch does not exist
   * @throws IllegalArgumentException if {@code maxDepth} is out of range
   */
  public Optional<Provenance> overview(BatchKey root, TraceDirection direction, int maxDepth) {
    int depth = checked(maxDepth);
    return cache.peek(root, direction, depth, query.nodeBudget())
        .map(cached -> cached.map(p -> new Provenance(p.root(), p.direction(), p.maxDepth(), List.of(), List.of(),
            p.tiers(), p.truncatedBy(), p.countries(), p.summary())))
        .orElseGet(() -> query.overview(root, direction, depth));
  }

  /**
   * The keys of the batches the same walk reaches, the root included (first), in one statement.
   * At most {@code origin.provenance.max-nodes} keys, the nearest batches first.
   *
   * @param maxDepth MADE_FROM steps to walk at most, 1 to {@link #MAX_DEPTH}
   * @return empty when the root does not exist
   * @throws IllegalArgumentException if {@code maxDepth} is out of range
   */
  public Optional<Set<BatchKey>> reachableBatches(BatchKey root, TraceDirection direction, int maxDepth) {
    return query.reachable(root, direction, checked(maxDepth));
  }

  private static int checked(int maxDepth) {
    if (maxDepth < 1 || maxDepth > MAX_DEPTH) {
      throw new IllegalArgumentException("maxDepth must be between 1 and " + MAX_DEPTH);
    }
    return maxDepth;
  }
}
