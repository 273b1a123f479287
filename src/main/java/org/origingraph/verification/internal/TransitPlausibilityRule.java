package org.origingraph.verification.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.origingraph.provenance.Facility;
import org.origingraph.provenance.Shipment;
import org.origingraph.verification.Finding;
import org.origingraph.verification.FindingCode;

/**
 * Goods cannot outrun their transport: the great-circle distance between a shipment's origin and
 * destination over its transit time must not exceed its mode's fastest plausible average speed. The
 * great circle is the shortest possible route, so the rule only ever flags too fast, never too slow.
 * Short hops (under {@value #MIN_KM} km) are skipped: their times are often rounded to the hour.
 */
final class TransitPlausibilityRule implements Rule {

  static final double MIN_KM = 20;

  private final VerificationProperties properties;

  TransitPlausibilityRule(VerificationProperties properties) {
    this.properties = properties;
  }

  @Override
  public List<Finding> check(Chain chain) {
    List<Finding> findings = new ArrayList<>();
    for (Shipment shipment : chain.shipments()) {
      if (shipment.departedAt() == null || shipment.arrivedAt() == null
          || shipment.originGln() == null || shipment.destinationGln() == null) {
        continue;
      }
      Facility from = chain.facility(shipment.originGln());
      Facility to = chain.facility(shipment.destinationGln());
      if (from == null || to == null || from.location() == null || to.location() == null) {
        continue;
      }
      double km = GreatCircle.km(from.location(), to.location());
      double hours = Duration.between(shipment.departedAt(), shipment.arrivedAt()).toMinutes() / 60.0;
      if (km < MIN_KM || hours <= 0) {
        continue; // a non-positive transit is the time-order rule's finding
      }
      double kmh = km / hours;
      var mode = properties.mode(shipment.transportMode());
      if (kmh > mode.maxKmh()) {
        findings.add(new Finding(FindingCode.TRANSIT_IMPLAUSIBLE, Map.of(
            "mode", String.valueOf(shipment.transportMode()), "km", Math.round(km), "hours", Math.round(hours * 10) / 10.0,
            "kmh", Math.round(kmh), "maxKmh", Math.round(mode.maxKmh()), "from", from.name(), "to", to.name()),
            List.of(shipment, from, to)));
      }
    }
    return findings;
  }
}
