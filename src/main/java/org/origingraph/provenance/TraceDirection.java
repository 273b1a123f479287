package org.origingraph.provenance;

/** Which way a provenance walk follows MADE_FROM from its root batch. */
public enum TraceDirection {
  /** Towards inputs. */
  UPSTREAM,
  /** Towards outputs (recalls). */
  DOWNSTREAM,
  /** Both walks merged. */
  BOTH;

  boolean includesUpstream() {
    return this != DOWNSTREAM;
  }

  boolean includesDownstream() {
    return this != UPSTREAM;
  }
}
