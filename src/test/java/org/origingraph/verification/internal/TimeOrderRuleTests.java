package org.origingraph.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.origingraph.verification.internal.Walks.batch;
import static org.origingraph.verification.internal.Walks.facility;
import static org.origingraph.verification.internal.Walks.shipment;

import org.junit.jupiter.api.Test;
import org.origingraph.verification.Finding;
import org.origingraph.verification.FindingCode;

class TimeOrderRuleTests {

  private final TimeOrderRule rule = new TimeOrderRule();

  @Test
  void inputProducedAfterItsOutputIsAnError() {
    var candy = batch("CANDY", "2026-03-02T07:30:00+07:00", 100, "H87", "A");
    var coconut = batch("COCO", "2026-03-03T06:00:00+07:00", 100, "KGM", "A");
    var findings = rule.check(new Walks().add(candy, coconut).madeFrom(candy, coconut, 10, "KGM").chain());
    assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.INPUT_PRODUCED_AFTER_OUTPUT);
    assertThat(findings.getFirst().subjects()).containsExactly(candy, coconut);
  }

  @Test
  void offsetsAreRespected() {
    // 08:00+07:00 is 01:00Z, before 03:00+02:00 (01:00Z) is not: equal instants are in order.
    var output = batch("OUT", "2026-03-02T03:00:00+02:00", 1, "KGM", "A");
    var input = batch("IN", "2026-03-02T08:00:00+07:00", 1, "KGM", "A");
    assertThat(rule.check(new Walks().add(output, input).madeFrom(output, input, 1, "KGM").chain())).isEmpty();
  }

  @Test
  void shipmentsDepartBeforeTheyArriveAndAfterTheirBatchWasMade() {
    var lot = batch("L", "2026-03-02T07:00:00+07:00", 10, "KGM", "A");
    var early = shipment("S1", "A", "B", "2026-03-01T07:00:00+07:00", "2026-03-01T06:00:00+07:00", "ROAD");
    var findings = rule.check(new Walks().add(lot, early, facility("A", 10, 106), facility("B", 10.1, 106))
        .carries(early, lot, 10, "KGM").chain());
    assertThat(findings).extracting(Finding::code)
        .containsExactly(FindingCode.SHIPPED_BEFORE_PRODUCED, FindingCode.ARRIVED_BEFORE_DEPARTED);
  }

  @Test
  void anInputMustArriveBeforeItIsUsed() {
    var input = batch("IN", "2026-03-01T07:00:00+07:00", 10, "KGM", "FARM");
    var output = batch("OUT", "2026-03-02T07:00:00+07:00", 10, "KGM", "PLANT");
    var late = shipment("S", "FARM", "PLANT", "2026-03-02T06:00:00+07:00", "2026-03-02T09:00:00+07:00", "ROAD");
    var findings = rule.check(new Walks().add(output, input, late).madeFrom(output, input, 5, "KGM")
        .carries(late, input, 10, "KGM").chain());
    assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.USED_BEFORE_RECEIVED);
    var onTime = shipment("S", "FARM", "PLANT", "2026-03-01T08:00:00+07:00", "2026-03-01T09:00:00+07:00", "ROAD");
    assertThat(rule.check(new Walks().add(output, input, onTime).madeFrom(output, input, 5, "KGM")
        .carries(onTime, input, 10, "KGM").chain())).isEmpty();
  }
}
