package org.origingraph.verification.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.origingraph.provenance.Batch;
import org.origingraph.provenance.ProvenanceEdge;
import org.origingraph.provenance.RelationKind;
import org.origingraph.provenance.Shipment;
import org.origingraph.verification.Finding;
import org.origingraph.verification.FindingCode;
import org.jspecify.annotations.Nullable;

/**
 * Things happen in order: an input is produced before the batch made from it, a batch before a
 * shipment carries it, a shipment departs before it arrives, and an input arrives at the facility
 * that uses it before the batch made from it is produced. Instants are compared with their offsets,
 * so 08:00+07:00 is before 03:00+02:00 of the same day. Missing times are not findings here (the
 * completeness rule reports them).
 */
final class TimeOrderRule implements Rule {

  @Override
  public List<Finding> check(Chain chain) {
    List<Finding> findings = new ArrayList<>();
    for (ProvenanceEdge made : chain.edges(RelationKind.MADE_FROM)) {
      Batch output = chain.batch(made.from());
      Batch input = chain.batch(made.to());
      if (output != null && input != null && before(output.producedAt(), input.producedAt())) {
        findings.add(new Finding(FindingCode.INPUT_PRODUCED_AFTER_OUTPUT, Map.of(
            "output", output.lot(), "input", input.lot(),
            "outputAt", String.valueOf(output.producedAt()), "inputAt", String.valueOf(input.producedAt())),
            List.of(output, input)));
      }
    }
    Map<String, List<Shipment>> carriersOf = new HashMap<>();
    for (ProvenanceEdge carries : chain.edges(RelationKind.CARRIES)) {
      Shipment shipment = chain.shipment(carries.from());
      Batch batch = chain.batch(carries.to());
      if (shipment == null || batch == null) {
        continue;
      }
      carriersOf.computeIfAbsent(batch.id(), k -> new ArrayList<>()).add(shipment);
      if (before(shipment.departedAt(), batch.producedAt())) {
        findings.add(new Finding(FindingCode.SHIPPED_BEFORE_PRODUCED, Map.of(
            "lot", batch.lot(), "departedAt", String.valueOf(shipment.departedAt()),
            "producedAt", String.valueOf(batch.producedAt())), List.of(shipment, batch)));
      }
    }
    for (Shipment shipment : chain.shipments()) {
      if (before(shipment.arrivedAt(), shipment.departedAt())) {
        findings.add(new Finding(FindingCode.ARRIVED_BEFORE_DEPARTED, Map.of(
            "departedAt", String.valueOf(shipment.departedAt()), "arrivedAt", String.valueOf(shipment.arrivedAt())),
            List.of(shipment)));
      }
    }
    for (ProvenanceEdge made : chain.edges(RelationKind.MADE_FROM)) {
      Batch output = chain.batch(made.from());
      Batch input = chain.batch(made.to());
      if (output == null || input == null || output.facilityGln() == null || output.producedAt() == null
          || output.facilityGln().equals(input.facilityGln())) {
        continue;
      }
      OffsetDateTime firstArrival = null;
      for (Shipment s : carriersOf.getOrDefault(input.id(), List.of())) {
        if (output.facilityGln().equals(s.destinationGln()) && s.arrivedAt() != null
            && (firstArrival == null || s.arrivedAt().isBefore(firstArrival))) {
          firstArrival = s.arrivedAt();
        }
      }
      if (firstArrival != null && firstArrival.isAfter(output.producedAt())) {
        findings.add(new Finding(FindingCode.USED_BEFORE_RECEIVED, Map.of(
            "output", output.lot(), "input", input.lot(), "outputAt", String.valueOf(output.producedAt()),
            "arrivedAt", String.valueOf(firstArrival)), List.of(output, input)));
      }
    }
    return findings;
  }

  /** Whether both are known and {@code a} is strictly before {@code b}. */
  private static boolean before(@Nullable OffsetDateTime a, @Nullable OffsetDateTime b) {
    return a != null && b != null && a.isBefore(b);
  }
}
