package org.origingraph.provenance;

/** Why a provenance answer holds less than the whole reachable graph. */
public enum TruncationReason {
  /** Batches lie more MADE_FROM steps away than {@code maxDepth} allows. */
  MAX_DEPTH,
  /** The answer reached the node budget ({@code origin.provenance.max-nodes}); the nearest batches were kept. */
  MAX_NODES
}
