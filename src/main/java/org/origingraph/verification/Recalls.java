package org.origingraph.verification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.origingraph.provenance.Batch;
import org.origingraph.provenance.BatchKey;
import org.origingraph.provenance.Facility;
import org.origingraph.provenance.GraphNode;
import org.origingraph.provenance.Organization;
import org.origingraph.provenance.Product;
import org.origingraph.provenance.Provenance;
import org.origingraph.provenance.ProvenanceEdge;
import org.origingraph.provenance.ProvenanceTracer;
import org.origingraph.provenance.Quantity;
import org.origingraph.provenance.RelationKind;
import org.origingraph.provenance.Shipment;
import org.origingraph.provenance.TraceDirection;
import org.origingraph.security.Caller;
import org.origingraph.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Recalls: the downstream walk of a lot (one provenance statement, within its budgets) summarised for a
 * recall officer, and who may ask for it.
 *
 * <p>Access: REGULATOR and ADMIN callers, and a PRODUCER whose organisation operates the lot's production
 * facility or owns its product; for anyone else {@link AccessDeniedException} (reported as
 * UNAUTHENTICATED without credentials, else FORBIDDEN). Thread-safe.
 */
@Service
public class Recalls {

  private final ProvenanceTracer tracer;

  Recalls(ProvenanceTracer tracer) {
    this.tracer = tracer;
  }

  /** The downstream walk of {@code lot} if {@code caller} may read it; empty when the lot does not exist. */
  public Optional<Provenance> walk(Caller caller, BatchKey lot, TraceDirection direction) {
    if (!caller.seesEverything() && caller.role() != Role.PRODUCER) {
      throw new AccessDeniedException("recall needs a REGULATOR, ADMIN or the lot's PRODUCER");
    }
    Optional<Provenance> walk = tracer.trace(lot, direction, ProvenanceTracer.MAX_DEPTH);
    if (walk.isPresent() && !caller.seesEverything() && !producerOf(walk.get(), caller.organization())) {
      throw new AccessDeniedException("recall of another organisation's lot");
    }
    return walk;
  }

  /** The recall of {@code lot}; empty when it does not exist. */
  public Optional<RecallReport> recall(Caller caller, BatchKey lot) {
    return walk(caller, lot, TraceDirection.DOWNSTREAM).map(Recalls::report);
  }

  private static boolean producerOf(Provenance walk, String organization) {
    Batch root = walk.root();
    for (GraphNode node : walk.nodes()) {
      if (node instanceof Facility f && f.gln().equals(root.facilityGln()) && organization.equals(f.operatorGln())) {
        return true;
      }
      if (node instanceof Product p && p.gtin().equals(root.gtin()) && organization.equals(p.ownerGln())) {
        return true;
      }
    }
    return false;
  }

  static RecallReport report(Provenance walk) {
    Map<String, Batch> batches = new LinkedHashMap<>();
    Map<String, Shipment> shipments = new LinkedHashMap<>();
    Map<String, Facility> facilities = new LinkedHashMap<>();
    List<Organization> operators = new ArrayList<>();
    for (GraphNode node : walk.nodes()) {
      switch (node) {
        case Batch b -> batches.put(b.id(), b);
        case Shipment s -> shipments.put(s.id(), s);
        case Facility f -> facilities.put(f.gln(), f);
        case Organization o -> operators.add(o);
        default -> { }
      }
    }
    Map<String, Set<Batch>> batchesIn = new TreeMap<>();
    Map<String, Set<Shipment>> shipmentsIn = new TreeMap<>();
    Map<String, Map<String, Double>> amountsIn = new TreeMap<>();
    for (ProvenanceEdge carries : walk.edges()) {
      if (carries.kind() != RelationKind.CARRIES) {
        continue;
      }
      Shipment shipment = shipments.get(carries.from());
      Batch batch = batches.get(carries.to());
      Facility to = shipment == null || shipment.destinationGln() == null ? null : facilities.get(shipment.destinationGln());
      if (batch == null || to == null) {
        continue;
      }
      String country = to.country();
      batchesIn.computeIfAbsent(country, k -> new LinkedHashSet<>()).add(batch);
      shipmentsIn.computeIfAbsent(country, k -> new LinkedHashSet<>()).add(shipment);
      Facility from = shipment.originGln() == null ? null : facilities.get(shipment.originGln());
      boolean entered = from == null || !country.equals(from.country())
          || shipment.originGln().equals(batch.facilityGln());
      Quantity q = carries.quantity();
      if (entered && q != null) {
        amountsIn.computeIfAbsent(country, k -> new TreeMap<>()).merge(q.unit(), q.value(), Double::sum);
      }
    }
    List<RecallReport.Country> countries = new ArrayList<>();
    for (String country : shipmentsIn.keySet()) {
      List<Quantity> quantities = amountsIn.getOrDefault(country, Map.of()).entrySet().stream()
          .map(e -> new Quantity(e.getValue(), e.getKey())).toList();
      countries.add(new RecallReport.Country(country, List.copyOf(batchesIn.get(country)),
          List.copyOf(shipmentsIn.get(country)), quantities));
    }
    return new RecallReport(walk.root(), List.copyOf(batches.values()), List.copyOf(shipments.values()),
        List.copyOf(facilities.values()), countries, operators, walk.truncated());
  }
}
