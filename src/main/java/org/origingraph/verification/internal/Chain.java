package org.origingraph.verification.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.origingraph.provenance.Batch;
import org.origingraph.provenance.Certificate;
import org.origingraph.provenance.Facility;
import org.origingraph.provenance.GraphNode;
import org.origingraph.provenance.Organization;
import org.origingraph.provenance.Product;
import org.origingraph.provenance.Provenance;
import org.origingraph.provenance.ProvenanceEdge;
import org.origingraph.provenance.RelationKind;
import org.origingraph.provenance.Shipment;
import org.jspecify.annotations.Nullable;

/**
 * A provenance walk indexed for the rules: nodes by global id, facilities by GLN, and the edges of each
 * kind. Built once per verification, linear in the walk's nodes and edges; immutable afterwards.
 */
public final class Chain {

  private final Provenance provenance;
  private final Map<String, GraphNode> byId = new LinkedHashMap<>();
  private final Map<String, Facility> facilities = new HashMap<>();
  private final Map<String, Organization> organizations = new HashMap<>();
  private final Map<RelationKind, List<ProvenanceEdge>> edges = new HashMap<>();

  public Chain(Provenance provenance) {
    this.provenance = provenance;
    for (GraphNode node : provenance.nodes()) {
      byId.putIfAbsent(node.id(), node);
      if (node instanceof Facility f) {
        facilities.put(f.gln(), f);
      } else if (node instanceof Organization o) {
        organizations.put(o.gln(), o);
      }
    }
    for (ProvenanceEdge edge : provenance.edges()) {
      edges.computeIfAbsent(edge.kind(), k -> new ArrayList<>()).add(edge);
    }
  }

  Provenance provenance() {
    return provenance;
  }

  /** The node with global id {@code id}, when the walk holds it. */
  @Nullable GraphNode node(String id) {
    return byId.get(id);
  }

  <T extends GraphNode> List<T> all(Class<T> type) {
    return byId.values().stream().filter(type::isInstance).map(type::cast).toList();
  }

  List<Batch> batches() {
    return all(Batch.class);
  }

  List<Shipment> shipments() {
    return all(Shipment.class);
  }

  List<Product> products() {
    return all(Product.class);
  }

  List<Certificate> certificates() {
    return all(Certificate.class);
  }

  List<Organization> organizations() {
    return all(Organization.class);
  }

  @Nullable Facility facility(String gln) {
    return facilities.get(gln);
  }

  @Nullable Organization organization(String gln) {
    return organizations.get(gln);
  }

  List<ProvenanceEdge> edges(RelationKind kind) {
    return edges.getOrDefault(kind, List.of());
  }

  @Nullable Batch batch(String id) {
    return byId.get(id) instanceof Batch b ? b : null;
  }

  @Nullable Shipment shipment(String id) {
    return byId.get(id) instanceof Shipment s ? s : null;
  }
}
