package org.origingraph.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.origingraph.verification.internal.Walks.batch;
import static org.origingraph.verification.internal.Walks.facility;
import static org.origingraph.verification.internal.Walks.shipment;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.origingraph.provenance.Facility;

class Fsma204CsvTests {

  @Test
  void quotesEveryFieldDoublesQuotesAndDefusesFormulas() {
    var farm = new Facility("FARM", "Farm \"Ba Tri\", =cmd", "FARM", "VN", null, null, null, null);
    var plant = facility("PLANT", 10, 106);
    var raw = batch("RAW", "2026-03-01T06:00:00+07:00", 5, "TNE", "FARM");
    var candy = batch("CANDY", "2026-03-02T06:00:00+07:00", 100, "H87", "PLANT");
    var ship = shipment("S-1", "FARM", "PLANT", "2026-03-01T08:00:00+07:00", "2026-03-01T10:00:00+07:00", "ROAD");
    var chain = new Walks().add(candy, raw, farm, plant, ship).madeFrom(candy, raw, 5, "TNE").carries(ship, raw, 5, "TNE").chain();
    String csv = Fsma204Csv.of(chain.provenance());
    List<String> lines = List.of(csv.split("\r\n"));
    assertThat(lines).hasSize(1 + 2 + 2);
    assertThat(lines.getFirst()).isEqualTo(String.join(",", Fsma204Csv.HEADER.stream().map(h -> '"' + h + '"').toList()));
    assertThat(lines.get(1)).startsWith("\"HARVESTING\",\"2026-03-01T06:00+07:00\",\"08938512000015/RAW\",\"Farm \"\"Ba Tri\"\", =cmd\"");
    assertThat(lines.get(2)).startsWith("\"SHIPPING\"");
    assertThat(lines.get(3)).startsWith("\"RECEIVING\"");
    assertThat(lines.get(4)).startsWith("\"TRANSFORMATION\"").endsWith("\"08938512000015/RAW\"");
    var formula = new Facility("X", "=HYPERLINK(\"x\")", "FARM", "VN", null, null, null, null);
    var lot = batch("L", "2026-03-01T06:00:00+07:00", 1, "KGM", "X");
    assertThat(Fsma204Csv.of(new Walks().add(lot, formula).chain().provenance())).contains("\"'=HYPERLINK(\"\"x\"\")\"");
  }
}
