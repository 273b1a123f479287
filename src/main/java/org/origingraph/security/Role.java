package org.origingraph.security;

/**
 * What a caller is to the traceability chain; decides which fields it sees and what it may write.
 *
 * <p>Ordered from least to most entitled, but a role is not a superset of the ones before it: an
 * IMPORTER and a PRODUCER see different parts of the chain in full.
 */
public enum Role {
  /** No credentials: a consumer scanning a stamp. Sees the public view only. */
  PUBLIC,
  /** Receives goods: sees in full the upstream of every batch shipped to one of its facilities. */
  IMPORTER,
  /** Produces, ships and captures events: sees its own facilities, their batches and shipments in full. */
  PRODUCER,
  /** A food-safety authority: sees everything. */
  REGULATOR,
  /** Runs the service: sees everything. */
  ADMIN;

  /** Whether this role sees every field of every node, whatever its place in the chain. */
  public boolean seesEverything() {
    return this == REGULATOR || this == ADMIN;
  }

  /** The Spring Security authority that {@code hasRole('…')} checks for this role. */
  public String authority() {
    return "ROLE_" + name();
  }
}
