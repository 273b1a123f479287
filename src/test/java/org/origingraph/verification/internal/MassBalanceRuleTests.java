package org.origingraph.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.origingraph.verification.internal.Walks.batch;
import static org.origingraph.verification.internal.Walks.facility;
import static org.origingraph.verification.internal.Walks.shipment;

import org.junit.jupiter.api.Test;
import org.origingraph.verification.Finding;
import org.origingraph.verification.FindingCode;

class MassBalanceRuleTests {

  private final MassBalanceRule rule = new MassBalanceRule(0.02);

  @Test
  void consumingMoreThanTheInputHeldIsAnErrorAcrossUnits() {
    var input = batch("IN", "2026-03-01T07:00:00+07:00", 5, "TNE", "A");
    var out1 = batch("O1", "2026-03-02T07:00:00+07:00", 1, "KGM", "A");
    var out2 = batch("O2", "2026-03-02T08:00:00+07:00", 1, "KGM", "A");
    var findings = rule.check(new Walks().add(out1, out2, input)
        .madeFrom(out1, input, 3000, "KGM").madeFrom(out2, input, 2.5, "TNE").chain());
    assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.OVER_CONSUMPTION);
    assertThat(findings.getFirst().arguments()).containsEntry("consumed", 5.5).containsEntry("held", 5.0);
  }

  @Test
  void theToleranceAbsorbsRounding() {
    var input = batch("IN", "2026-03-01T07:00:00+07:00", 1000, "KGM", "A");
    var out = batch("O", "2026-03-02T07:00:00+07:00", 1, "KGM", "A");
    assertThat(rule.check(new Walks().add(out, input).madeFrom(out, input, 1019, "KGM").chain())).isEmpty();
    assertThat(rule.check(new Walks().add(out, input).madeFrom(out, input, 1021, "KGM").chain())).hasSize(1);
    assertThat(new MassBalanceRule(0).check(new Walks().add(out, input).madeFrom(out, input, 1001, "KGM").chain())).hasSize(1);
  }

  @Test
  void amountsOfAnotherDimensionAreNotCompared() {
    var input = batch("IN", "2026-03-01T07:00:00+07:00", 10, "KGM", "A");
    var out = batch("O", "2026-03-02T07:00:00+07:00", 1, "H87", "A");
    assertThat(rule.check(new Walks().add(out, input).madeFrom(out, input, 5000, "H87").chain())).isEmpty();
  }

  @Test
  void shipmentsAreSummedPerOriginFacility() {
    var lot = batch("L", "2026-03-01T07:00:00+07:00", 100, "H87", "A");
    var a = facility("A", 10, 106);
    var b = facility("B", 10.5, 106.5);
    var s1 = shipment("S1", "A", "B", "2026-03-02T07:00:00+07:00", "2026-03-02T09:00:00+07:00", "ROAD");
    var s2 = shipment("S2", "B", "A", "2026-03-03T07:00:00+07:00", "2026-03-03T09:00:00+07:00", "ROAD");
    // 100 leave A and the same 100 leave B: the goods moved on, nothing was shipped twice.
    assertThat(rule.check(new Walks().add(lot, a, b, s1, s2).carries(s1, lot, 100, "H87").carries(s2, lot, 100, "H87").chain()))
        .isEmpty();
    var s3 = shipment("S3", "A", "B", "2026-03-04T07:00:00+07:00", "2026-03-04T09:00:00+07:00", "ROAD");
    var findings = rule.check(new Walks().add(lot, a, b, s1, s3).carries(s1, lot, 100, "H87").carries(s3, lot, 50, "H87").chain());
    assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.OVER_SHIPMENT);
    assertThat(findings.getFirst().subjects()).containsExactly(lot, a);
  }
}
