package org.origingraph.provenance;

/**
 * An object of the traceability graph that has a Relay global id, and so can appear among the nodes of
 * a {@link Provenance}. GraphQL resolves the concrete type from the record's simple class name.
 */
public sealed interface GraphNode permits Product, Batch, Facility, Organization, Shipment, Certificate {

  /** The opaque Relay global id. */
  String id();
}
