package org.origingraph.verification.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.origingraph.provenance.Batch;
import org.origingraph.provenance.ProvenanceEdge;
import org.origingraph.provenance.RelationKind;
import org.origingraph.provenance.Shipment;
import org.origingraph.verification.Finding;
import org.origingraph.verification.FindingCode;

/**
 * Nothing is used or shipped twice: what the transformations of the walk consumed of an input batch,
 * and what left any one facility of a batch, are each at most the batch's quantity plus a tolerance.
 * Amounts are converted to the batch's unit (tonnes to kilograms, millilitres to litres); an amount in
 * another dimension (pieces of a batch counted in kilograms) cannot be compared and is left out.
 * Shipments are summed per origin facility because the same goods travel on: a pallet that goes
 * factory, warehouse, port is counted once at each.
 */
final class MassBalanceRule implements Rule {

  private final double tolerance;

  MassBalanceRule(double tolerance) {
    this.tolerance = tolerance;
  }

  @Override
  public List<Finding> check(Chain chain) {
    List<Finding> findings = new ArrayList<>();
    Map<String, Double> consumed = new LinkedHashMap<>();
    for (ProvenanceEdge made : chain.edges(RelationKind.MADE_FROM)) {
      Batch input = chain.batch(made.to());
      if (input != null && input.quantity() != null && made.quantity() != null) {
        Double amount = Units.in(made.quantity(), input.quantity().unit());
        if (amount != null) {
          consumed.merge(input.id(), amount, Double::sum);
        }
      }
    }
    consumed.forEach((id, amount) -> {
      Batch input = chain.batch(id);
      if (exceeds(amount, input.quantity().value())) {
        findings.add(new Finding(FindingCode.OVER_CONSUMPTION, Map.of(
            "lot", input.lot(), "consumed", amount, "held", input.quantity().value(), "unit", input.quantity().unit()),
            List.of(input)));
      }
    });
    Map<List<String>, Double> shipped = new LinkedHashMap<>();
    for (ProvenanceEdge carries : chain.edges(RelationKind.CARRIES)) {
      Shipment shipment = chain.shipment(carries.from());
      Batch batch = chain.batch(carries.to());
      if (shipment != null && batch != null && batch.quantity() != null && carries.quantity() != null) {
        Double amount = Units.in(carries.quantity(), batch.quantity().unit());
        if (amount != null) {
          shipped.merge(List.of(batch.id(), String.valueOf(shipment.originGln())), amount, Double::sum);
        }
      }
    }
    shipped.forEach((key, amount) -> {
      Batch batch = chain.batch(key.get(0));
      if (exceeds(amount, batch.quantity().value())) {
        var facility = chain.facility(key.get(1));
        findings.add(new Finding(FindingCode.OVER_SHIPMENT, Map.of(
            "lot", batch.lot(), "shipped", amount, "held", batch.quantity().value(), "unit", batch.quantity().unit(),
            "facility", facility == null ? key.get(1) : facility.name()),
            facility == null ? List.of(batch) : List.of(batch, facility)));
      }
    });
    return findings;
  }

  private boolean exceeds(double amount, double held) {
    return amount > held * (1 + tolerance) + 1e-9;
  }
}
