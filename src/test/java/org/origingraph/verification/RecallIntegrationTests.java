package org.origingraph.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.origingraph.IntegrationTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

/** recall(gtin, lot) and the FSMA 204 export of the demo's coconut lot. */
class RecallIntegrationTests extends IntegrationTest {

  private static final String COCONUT_GTIN = "08938513000014";
  private static final String COCONUT_LOT = "MCN-DK-2602-20";
  private static final String RECALL = """
      query($g: String!, $l: String!) { recall(gtin: $g, lot: $l) {
        root { lot } truncated batches { lot } shipments { id } facilities { gln }
        countries { country batches { lot } shipments { id } quantities { value unit } }
        operators { gln name } } }""";

  @Test
  void recallOfTheCoconutLotListsDestinationCountriesWithQuantities() {
    var response = graphQlWithKey(READER_KEY).document(RECALL).variable("g", COCONUT_GTIN).variable("l", COCONUT_LOT).execute();
    response.errors().verify();
    response.path("recall.root.lot").entity(String.class).isEqualTo(COCONUT_LOT);
    assertThat(response.path("recall.batches[*].lot").entityList(String.class).get())
        .contains(COCONUT_LOT, "GL-NCD-2602-23", "BT-KM-2603-01", FLAGSHIP_LOT, "BT-2026-047", "BT-2026-052");
    assertThat(response.path("recall.countries[*].country").entityList(String.class).get())
        .containsExactly("CN", "FR", "JP", "KR", "SA", "US", "VN");
    // Japan: 1,000 of BT-2026-031 (SHP-2026-0024) and 1,500 of BT-2026-047 (SHP-2026-0040).
    List<Map<String, Object>> japan = response.path("recall.countries[?(@.country == 'JP')].quantities[*]")
        .entityList(new ParameterizedTypeReference<Map<String, Object>>() {}).get();
    assertThat(japan).containsExactly(Map.of("value", 2500.0, "unit", "H87"));
    // France: each batch counted where it entered the country, not again on the lorry to Rungis.
    List<Map<String, Object>> france = response.path("recall.countries[?(@.country == 'FR')].quantities[*]")
        .entityList(new ParameterizedTypeReference<Map<String, Object>>() {}).get();
    assertThat(france).containsExactly(Map.of("value", 2800.0, "unit", "H87"));
    assertThat(response.path("recall.operators[*].gln").entityList(String.class).get())
        .contains(FLAGSHIP_MAKER_GLN, IMPORTER_GLN, "8938515000005");
    response.path("recall.truncated").entity(Boolean.class).isEqualTo(false);
  }

  @Test
  void recallIsForRegulatorsAndTheLotsOwnProducer() {
    graphQlWithKey(PRODUCER_KEY).document(RECALL).variable("g", FLAGSHIP_GTIN).variable("l", FLAGSHIP_LOT).execute()
        .errors().verify().path("recall.root.lot").entity(String.class).isEqualTo(FLAGSHIP_LOT);
    graphQlWithKey(PRODUCER_KEY).document(RECALL).variable("g", COCONUT_GTIN).variable("l", COCONUT_LOT).execute()
        .errors().expect(e -> "FORBIDDEN".equals(e.getExtensions().get("code"))).verify();
    graphQlWithKey(IMPORTER_KEY).document(RECALL).variable("g", COCONUT_GTIN).variable("l", COCONUT_LOT).execute()
        .errors().expect(e -> "FORBIDDEN".equals(e.getExtensions().get("code"))).verify();
    graphQl.document(RECALL).variable("g", COCONUT_GTIN).variable("l", COCONUT_LOT).execute()
        .errors().expect(e -> "UNAUTHENTICATED".equals(e.getExtensions().get("code"))).verify();
  }

  @Test
  void fsma204ExportIsASpreadsheetWithOneRowPerCriticalTrackingEvent() {
    var result = http().get().uri("/exports/fsma204?gtin={g}&lot={l}&direction=DOWNSTREAM", COCONUT_GTIN, COCONUT_LOT)
        .header("X-API-Key", READER_KEY).exchange()
        .expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
        .expectHeader().value("Content-Disposition", v -> assertThat(v).contains("attachment", ".csv"))
        .expectBody(byte[].class).returnResult().getResponseBody();
    String csv = new String(result, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF\"Critical Tracking Event\",\"Event Date\",\"Traceability Lot Code\"");
    List<String> lines = List.of(csv.substring(1).split("\r\n"));
    var downstream = graphQlWithKey(READER_KEY).document("""
        { provenance(gtin: "08938513000014", lot: "MCN-DK-2602-20", direction: DOWNSTREAM) {
            nodes { __typename ... on Shipment { arrivedAt } } edges { kind } } }""").execute();
    long batches = downstream.path("provenance.nodes[?(@.__typename == 'Batch')]").entityList(Object.class).get().size();
    long carries = downstream.path("provenance.edges[?(@.kind == 'CARRIES')]").entityList(Object.class).get().size();
    assertThat(lines).hasSize((int) (1 + batches + 2 * carries)); // every demo shipment has arrived
    assertThat(lines.stream().filter(l -> l.startsWith("\"HARVESTING\"") || l.startsWith("\"INITIAL_PACKING\""))).hasSize(1);
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("\"TRANSFORMATION\"").contains("08938513000014/MCN-DK-2602-20"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("\"RECEIVING\"").contains("\"JP\""));
    assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l.split("\",\"", -1)).hasSize(Fsma204Header.SIZE));
  }

  @Test
  void fsma204RefusesBadParametersNamingThemAndStrangers() {
    http().get().uri("/exports/fsma204?gtin=08938513000015&lot=X").header("X-API-Key", READER_KEY).exchange()
        .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.argument").isEqualTo("gtin").jsonPath("$.code").isEqualTo("BAD_USER_INPUT");
    http().get().uri("/exports/fsma204?gtin=08938513000014").header("X-API-Key", READER_KEY).exchange()
        .expectStatus().isBadRequest().expectBody().jsonPath("$.argument").isEqualTo("lot");
    http().get().uri("/exports/fsma204?gtin=08938513000014&lot=MCN-DK-2602-20&direction=SIDEWAYS")
        .header("X-API-Key", READER_KEY).exchange()
        .expectStatus().isBadRequest().expectBody().jsonPath("$.argument").isEqualTo("direction");
    http().get().uri("/exports/fsma204?gtin=08938513000014&lot=MCN-DK-2602-20").exchange()
        .expectStatus().isUnauthorized().expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
    http().get().uri("/exports/fsma204?gtin=08938513000014&lot=MCN-DK-2602-20").header("X-API-Key", IMPORTER_KEY).exchange()
        .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("FORBIDDEN");
    http().get().uri("/exports/fsma204?gtin=08938513000014&lot=NO-SUCH-LOT").header("X-API-Key", READER_KEY).exchange()
        .expectStatus().isNotFound();
  }

  /** The number of columns of the export. */
  private static final class Fsma204Header {
    static final int SIZE = 17;
  }
}
