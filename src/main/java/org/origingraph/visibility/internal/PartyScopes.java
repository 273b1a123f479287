package org.origingraph.visibility.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.origingraph.api.GlobalId;
import org.origingraph.provenance.Batch;
import org.origingraph.provenance.BatchKey;
import org.origingraph.provenance.Catalog;
import org.origingraph.provenance.Facility;
import org.origingraph.provenance.GraphNode;
import org.origingraph.provenance.Provenance;
import org.origingraph.provenance.ProvenanceEdge;
import org.origingraph.provenance.ProvenanceTracer;
import org.origingraph.provenance.RelationKind;
import org.origingraph.provenance.Shipment;
import org.origingraph.provenance.TraceDirection;
import org.origingraph.security.Caller;
import org.origingraph.security.Role;
import org.springframework.stereotype.Component;

/**
 * Computes a caller's {@link PartyScope} through the provenance module's public API: one query for
 * the facilities its organisation operates and, for an importer, one for the batches shipped to them
 * and one provenance walk per such batch.
 *
 * <p>An importer's upstream is the batches those walks reach, where they were produced, who operates
 * those facilities, the certificates naming any of these, and the shipments that brought an
 * upstream batch towards the importer: into a facility where an upstream batch was made, into one
 * of the importer's facilities, or into the origin of another such shipment (a warehouse hop). The
 * walk from a received lot also finds that lot's shipments to other customers; those are not what
 * the importer received and stay outside its scope.
 *
 * <p>Thread-safe; stateless.
 */
@Component
class PartyScopes {

  private final Catalog catalog;
  private final ProvenanceTracer tracer;

  PartyScopes(Catalog catalog, ProvenanceTracer tracer) {
    this.catalog = catalog;
    this.tracer = tracer;
  }

  /** The scope of a caller that has an organisation. */
  PartyScope of(Caller caller) {
    String organization = java.util.Objects.requireNonNull(caller.organization(), "organization");
    Set<String> facilities = new HashSet<>();
    catalog.facilitiesOperatedBy(organization).forEach(f -> facilities.add(f.gln()));
    Set<String> upstream = caller.role() == Role.IMPORTER ? upstreamOf(facilities) : Set.of();
    return new PartyScope(organization, Set.copyOf(facilities), upstream);
  }

  private Set<String> upstreamOf(Set<String> ownFacilities) {
    Set<String> ids = new HashSet<>();
    for (BatchKey received : catalog.batchesShippedTo(ownFacilities)) {
      tracer.trace(received, TraceDirection.UPSTREAM, ProvenanceTracer.MAX_DEPTH)
          .ifPresent(provenance -> ids.addAll(upstreamIds(provenance, ownFacilities)));
    }
    return Set.copyOf(ids);
  }

  /** The ids in one received batch's upstream walk that the importer is a party to. */
  static Set<String> upstreamIds(Provenance provenance, Set<String> ownFacilities) {
    Set<String> ids = new HashSet<>();
    Set<String> destinations = new HashSet<>(ownFacilities);
    Map<String, Shipment> shipments = new HashMap<>();
    for (GraphNode node : provenance.nodes()) {
      switch (node) {
        case Batch b -> {
          ids.add(b.id());
          if (b.facilityGln() != null) {
            destinations.add(b.facilityGln());
          }
        }
        case Shipment s -> shipments.put(s.id(), s);
        default -> { }
      }
    }
    Map<String, List<String>> carried = new HashMap<>();
    for (ProvenanceEdge edge : provenance.edges()) {
      if (edge.kind() == RelationKind.CARRIES) {
        carried.computeIfAbsent(edge.from(), k -> new java.util.ArrayList<>()).add(edge.to());
      }
    }
    // Follow shipments backwards from where upstream goods had to arrive, hop by hop.
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Shipment s : shipments.values()) {
        if (!ids.contains(s.id()) && s.destinationGln() != null && destinations.contains(s.destinationGln())
            && carried.getOrDefault(s.id(), List.of()).stream().anyMatch(ids::contains)) {
          ids.add(s.id());
          if (s.originGln() != null) {
            destinations.add(s.originGln());
          }
          grew = true;
        }
      }
    }
    for (GraphNode node : provenance.nodes()) {
      if (node instanceof Facility f && destinations.contains(f.gln())) {
        ids.add(f.id());
        if (f.operatorGln() != null) {
          ids.add(GlobalId.encode("Organization", f.operatorGln()));
        }
      }
    }
    for (ProvenanceEdge edge : provenance.edges()) {
      if (edge.kind() == RelationKind.CERTIFIES && ids.contains(edge.to())) {
        ids.add(edge.from());
      }
    }
    return ids;
  }
}
