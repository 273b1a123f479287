package org.origingraph.verification.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.origingraph.provenance.Batch;
import org.origingraph.provenance.Certificate;
import org.origingraph.provenance.Facility;
import org.origingraph.provenance.GeoPoint;
import org.origingraph.provenance.GraphNode;
import org.origingraph.provenance.Provenance;
import org.origingraph.provenance.ProvenanceEdge;
import org.origingraph.provenance.ProvenanceSummary;
import org.origingraph.provenance.Quantity;
import org.origingraph.provenance.RelationKind;
import org.origingraph.provenance.Shipment;
import org.origingraph.provenance.TraceDirection;

/** Builds small provenance walks by hand for the rules' unit tests. */
final class Walks {

  private final List<GraphNode> nodes = new ArrayList<>();
  private final List<ProvenanceEdge> edges = new ArrayList<>();

  static OffsetDateTime at(String time) {
    return OffsetDateTime.parse(time);
  }

  static Facility facility(String gln, double lat, double lon) {
    return new Facility(gln, "F" + gln, "PROCESSING_PLANT", "VN", null, null, new GeoPoint(lat, lon), "ORG" + gln);
  }

  static Batch batch(String lot, String producedAt, double quantity, String unit, String facility) {
    return new Batch("08938512000015", lot, at(producedAt), null, new Quantity(quantity, unit), facility);
  }

  static Shipment shipment(String ref, String from, String to, String departed, String arrived, String mode) {
    return new Shipment(ref, null, from, to, at(departed), arrived == null ? null : at(arrived), null, mode, false);
  }

  static Certificate certificate(String scheme, String number, String from, String to) {
    return new Certificate(scheme + ":" + number, scheme, number, null, LocalDate.parse(from), LocalDate.parse(to));
  }

  Walks add(GraphNode... added) {
    nodes.addAll(List.of(added));
    return this;
  }

  Walks madeFrom(Batch output, Batch input, double quantity, String unit) {
    edges.add(new ProvenanceEdge(output.id(), input.id(), RelationKind.MADE_FROM, null, new Quantity(quantity, unit)));
    return this;
  }

  Walks carries(Shipment shipment, Batch batch, double quantity, String unit) {
    edges.add(new ProvenanceEdge(shipment.id(), batch.id(), RelationKind.CARRIES, shipment.departedAt(), new Quantity(quantity, unit)));
    return this;
  }

  Walks certifies(Certificate certificate, GraphNode subject) {
    edges.add(new ProvenanceEdge(certificate.id(), subject.id(), RelationKind.CERTIFIES, null, null));
    return this;
  }

  Chain chain() {
    Batch root = (Batch) nodes.stream().filter(n -> n instanceof Batch).findFirst().orElseThrow();
    return new Chain(new Provenance(root, TraceDirection.BOTH, 50, nodes, edges, 1, List.of(), List.of("VN"),
        new ProvenanceSummary(1, 0, 0, 1, 1)));
  }
}
