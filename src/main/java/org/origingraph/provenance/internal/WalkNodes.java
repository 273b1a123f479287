package org.origingraph.provenance.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;
import org.origingraph.provenance.Batch;
import org.origingraph.provenance.Certificate;
import org.origingraph.provenance.Facility;
import org.origingraph.provenance.GraphNode;
import org.origingraph.provenance.Organization;
import org.origingraph.provenance.Product;
import org.origingraph.provenance.Provenance;
import org.origingraph.provenance.ProvenanceEdge;
import org.origingraph.provenance.RelationKind;

/**
 * The objects a provenance answer already holds, by key, so that the nested fields of its nodes
 * ({@code Batch.product}, {@code Batch.facility}, {@code Shipment.origin}, {@code Facility.operator},
 * {@code certificates}, ...) are answered from the walk's rows instead of one more statement per
 * field and level.
 *
 * <p>The provenance query attaches every full answer it returns to the request's GraphQL context; the
 * batch loaders of those fields look there first and load only what no walk of the request holds (a
 * batch fetched alone, or a node cut by the node budget). The walk reads these objects with the same
 * mapping as the bulk reads ({@link GraphMapping}), so the answers are equal. A subject's certificates
 * are complete whenever the subject is among the answer's nodes: the walk collects every certificate
 * of every subject it keeps. Thread-safe.
 */
public final class WalkNodes {

  private static final String CONTEXT_KEY = WalkNodes.class.getName();
  private static final Comparator<Certificate> CERTIFICATE_ORDER =
      Comparator.comparing(Certificate::scheme).thenComparing(Certificate::number);

  private final Provenance provenance;
  private final Map<String, Product> products = new HashMap<>();
  private final Map<String, Facility> facilities = new HashMap<>();
  private final Map<String, Organization> organizations = new HashMap<>();
  private @Nullable Map<String, List<Certificate>> certificates;

  private WalkNodes(Provenance provenance) {
    this.provenance = provenance;
    for (GraphNode node : provenance.nodes()) {
      switch (node) {
        case Product p -> products.put(p.gtin(), p);
        case Facility f -> facilities.put(f.gln(), f);
        case Organization o -> organizations.put(o.gln(), o);
        default -> { }
      }
    }
  }

  /** Certificates by subject id, for every node that can have some; built on first need. */
  private synchronized Map<String, List<Certificate>> certificates() {
    if (certificates == null) {
      Map<String, List<Certificate>> bySubject = new HashMap<>();
      Map<String, Certificate> byId = new HashMap<>();
      for (GraphNode node : provenance.nodes()) {
        switch (node) {
          case Batch b -> bySubject.put(b.id(), new ArrayList<>(1));
          case Facility f -> bySubject.put(f.id(), new ArrayList<>(1));
          case Organization o -> bySubject.put(o.id(), new ArrayList<>(1));
          case Certificate c -> byId.put(c.id(), c);
          default -> { }
        }
      }
      for (ProvenanceEdge edge : provenance.edges()) {
        if (edge.kind() == RelationKind.CERTIFIES) {
          List<Certificate> of = bySubject.get(edge.to());
          Certificate certificate = byId.get(edge.from());
          if (of != null && certificate != null) {
            of.add(certificate);
          }
        }
      }
      bySubject.replaceAll((id, list) -> {
        list.sort(CERTIFICATE_ORDER);
        return List.copyOf(list);
      });
      certificates = bySubject;
    }
    return certificates;
  }

  /** Makes {@code provenance}'s objects available to the nested fields of this request. */
  public static void attach(GraphQLContext context, Provenance provenance) {
    if (provenance.nodes().isEmpty()) {
      return;
    }
    Queue<WalkNodes> walks = context.computeIfAbsent(CONTEXT_KEY, k -> new ConcurrentLinkedQueue<WalkNodes>());
    walks.add(new WalkNodes(provenance));
  }

  /** The walks attached to this request; empty when none. */
  public static Lookup in(GraphQLContext context) {
    Queue<WalkNodes> walks = context.get(CONTEXT_KEY);
    return walks == null || walks.isEmpty() ? Lookup.NONE : new Lookup(List.copyOf(walks));
  }

  /** Look-ups over the walks of one request; each returns null when no walk holds the answer. */
  public record Lookup(List<WalkNodes> walks) {

    static final Lookup NONE = new Lookup(List.of());

    public boolean isEmpty() {
      return walks.isEmpty();
    }

    public @Nullable Product product(String gtin) {
      for (WalkNodes walk : walks) {
        Product product = walk.products.get(gtin);
        if (product != null) {
          return product;
        }
      }
      return null;
    }

    public @Nullable Facility facility(String gln) {
      for (WalkNodes walk : walks) {
        Facility facility = walk.facilities.get(gln);
        if (facility != null) {
          return facility;
        }
      }
      return null;
    }

    public @Nullable Organization organization(String gln) {
      for (WalkNodes walk : walks) {
        Organization organization = walk.organizations.get(gln);
        if (organization != null) {
          return organization;
        }
      }
      return null;
    }

    /** All certificates of the node with global id {@code subjectId}, in the bulk reads' order. */
    public @Nullable List<Certificate> certificates(String subjectId) {
      for (WalkNodes walk : walks) {
        List<Certificate> certificates = walk.certificates().get(subjectId);
        if (certificates != null) {
          return certificates;
        }
      }
      return null;
    }
  }
}
