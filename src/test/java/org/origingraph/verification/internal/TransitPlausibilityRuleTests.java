package org.origingraph.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.origingraph.verification.internal.Walks.batch;
import static org.origingraph.verification.internal.Walks.facility;
import static org.origingraph.verification.internal.Walks.shipment;

import org.junit.jupiter.api.Test;
import org.origingraph.provenance.GeoPoint;
import org.origingraph.verification.Finding;
import org.origingraph.verification.FindingCode;

class TransitPlausibilityRuleTests {

  private final TransitPlausibilityRule rule = new TransitPlausibilityRule(VerificationProperties.defaults());

  @Test
  void greatCircleDistanceMatchesKnownCities() {
    // Hồ Chí Minh City to Hà Nội: about 1,140 km as the crow flies.
    assertThat(GreatCircle.km(new GeoPoint(10.7769, 106.7009), new GeoPoint(21.0278, 105.8342))).isCloseTo(1140, within(15.0));
    assertThat(GreatCircle.km(new GeoPoint(0, 0), new GeoPoint(0, 180))).isCloseTo(Math.PI * GreatCircle.EARTH_RADIUS_KM, within(0.5));
  }

  @Test
  void aTruckFasterThanTrucksGoIsFlagged() {
    var plant = facility("PLANT", 10.3721, 106.3405);
    var hanoi = facility("HN", 21.0452, 105.8893);
    var lot = batch("L", "2026-03-17T15:00:00+07:00", 1, "KGM", "PLANT");
    var fast = shipment("S", "PLANT", "HN", "2026-03-19T06:00:00+07:00", "2026-03-19T10:00:00+07:00", "ROAD");
    var findings = rule.check(new Walks().add(lot, plant, hanoi, fast).chain());
    assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.TRANSIT_IMPLAUSIBLE);
    assertThat((Long) findings.getFirst().arguments().get("kmh")).isBetween(290L, 310L);
    var byAir = shipment("S", "PLANT", "HN", "2026-03-19T06:00:00+07:00", "2026-03-19T10:00:00+07:00", "AIR");
    assertThat(rule.check(new Walks().add(lot, plant, hanoi, byAir).chain())).isEmpty();
    var realistic = shipment("S", "PLANT", "HN", "2026-03-19T06:00:00+07:00", "2026-03-21T06:00:00+07:00", "ROAD");
    assertThat(rule.check(new Walks().add(lot, plant, hanoi, realistic).chain())).isEmpty();
  }

  @Test
  void shortHopsAndUnknownPositionsAreSkipped() {
    var a = facility("A", 10.0, 106.0);
    var b = facility("B", 10.1, 106.0); // 11 km
    var lot = batch("L", "2026-03-17T15:00:00+07:00", 1, "KGM", "A");
    var minutes = shipment("S", "A", "B", "2026-03-19T06:00:00+07:00", "2026-03-19T06:05:00+07:00", "ROAD");
    assertThat(rule.check(new Walks().add(lot, a, b, minutes).chain())).isEmpty();
    var nowhere = shipment("S", "A", "X", "2026-03-19T06:00:00+07:00", "2026-03-19T06:05:00+07:00", "ROAD");
    assertThat(rule.check(new Walks().add(lot, a, nowhere).chain())).isEmpty();
  }
}
