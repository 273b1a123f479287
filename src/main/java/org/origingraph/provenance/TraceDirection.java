package org.origingraph.provenance;

/**
 * Which way a provenance walk follows MADE_FROM from its root batch. {@code BOTH} is the union of
 * the two walks from the same root, not an undirected walk (which would wander from an input into
 * every sibling product made from it).
 */
public enum TraceDirection {
  /** Towards inputs. */
  UPSTREAM,
  /** Towards outputs (recalls). */
  DOWNSTREAM,
  /** Both walks merged. */
  BOTH
}
