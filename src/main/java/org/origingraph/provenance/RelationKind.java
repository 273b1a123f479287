package org.origingraph.provenance;

/** What an edge of a provenance graph stands for; the GraphQL enum documents the arrow of each. */
public enum RelationKind {
  MADE_FROM,
  PRODUCED_AT,
  INSTANCE_OF,
  CARRIES,
  SHIPPED_FROM,
  SHIPPED_TO,
  OPERATES,
  CERTIFIES
}
