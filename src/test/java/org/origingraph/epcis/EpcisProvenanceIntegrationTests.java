package org.origingraph.epcis;

import static org.origingraph.epcis.EpcisTestDocuments.document;
import static org.origingraph.epcis.EpcisTestDocuments.gtin;
import static org.origingraph.epcis.EpcisTestDocuments.uniqueLot;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.origingraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Captured events shape the provenance graph the GraphQL API returns, and export round-trips. */
class EpcisProvenanceIntegrationTests extends IntegrationTest {

  private static final String FARM = "urn:epc:id:sgln:8935999.10001.0";
  private static final String MILL = "urn:epc:id:sgln:8935999.10002.0";
  private static final String FACTORY = "urn:epc:id:sgln:8935999.10003.0";

  @Autowired
  Neo4jClient neo4j;

  /**
   * The HTTP client with a generous timeout: the first capture in a fresh context plans a dozen
   * statements, which on a loaded 2-core machine can exceed the default 5 s.
   */
  WebTestClient client() {
    return http().mutate().responseTimeout(Duration.ofSeconds(60)).build();
  }

  record Chain(String coconutLot, String sugarLot, String candyLot, String desadv, String body) {}

  /** Harvest at a farm, sugar at a mill, a shipment farm → factory, and candy made from both. */
  static Chain chain() {
    String coconut = uniqueLot("COCO");
    String sugar = uniqueLot("SUG");
    String candy = uniqueLot("CANDY");
    String desadv = "urn:epcglobal:cbv:bt:8935999000001:" + coconut;
    String events = String.join(",",
        """
        {"type": "ObjectEvent", "eventTime": "2026-02-20T07:00:00+07:00", "eventTimeZoneOffset": "+07:00", "action": "ADD",
         "epcList": [], "quantityList": [{"epcClass": "urn:epc:class:lgtin:8935999.011111.%1$s", "quantity": 500, "uom": "KGM"}],
         "bizStep": "commissioning", "readPoint": {"id": "%2$s"}, "bizLocation": {"id": "%2$s"},
         "ilmd": {"cbvmda:lotNumber": "%1$s", "cbvmda:itemExpirationDate": "2026-04-20"}}""".formatted(coconut, FARM),
        """
        {"type": "ObjectEvent", "eventTime": "2026-02-18T07:00:00+07:00", "eventTimeZoneOffset": "+07:00", "action": "ADD",
         "epcList": [], "quantityList": [{"epcClass": "urn:epc:class:lgtin:8935999.022222.%1$s", "quantity": 900, "uom": "KGM"}],
         "bizStep": "commissioning", "bizLocation": {"id": "%2$s"}}""".formatted(sugar, MILL),
        """
        {"type": "ObjectEvent", "eventTime": "2026-02-21T06:00:00+07:00", "eventTimeZoneOffset": "+07:00", "action": "OBSERVE",
         "epcList": [], "quantityList": [{"epcClass": "urn:epc:class:lgtin:8935999.011111.%1$s", "quantity": 200, "uom": "KGM"}],
         "bizStep": "shipping", "disposition": "in_transit", "readPoint": {"id": "%2$s"},
         "bizTransactionList": [{"type": "desadv", "bizTransaction": "%3$s"}],
         "sourceList": [{"type": "location", "source": "%2$s"}],
         "destinationList": [{"type": "location", "destination": "%4$s"}]}""".formatted(coconut, FARM, desadv, FACTORY),
        """
        {"type": "ObjectEvent", "eventTime": "2026-02-21T15:30:00+07:00", "eventTimeZoneOffset": "+07:00", "action": "OBSERVE",
         "epcList": [], "quantityList": [{"epcClass": "urn:epc:class:lgtin:8935999.011111.%1$s", "quantity": 200, "uom": "KGM"}],
         "bizStep": "receiving", "disposition": "in_progress", "bizLocation": {"id": "%2$s"},
         "bizTransactionList": [{"type": "desadv", "bizTransaction": "%3$s"}]}""".formatted(coconut, FACTORY, desadv),
        """
        {"type": "TransformationEvent", "eventTime": "2026-02-22T10:00:00+07:00", "eventTimeZoneOffset": "+07:00",
         "inputQuantityList": [{"epcClass": "urn:epc:class:lgtin:8935999.011111.%1$s", "quantity": 200, "uom": "KGM"},
                               {"epcClass": "urn:epc:class:lgtin:8935999.022222.%2$s", "quantity": 60, "uom": "KGM"}],
         "outputQuantityList": [{"epcClass": "urn:epc:class:lgtin:8935999.033333.%3$s", "quantity": 2000, "uom": "H87"}],
         "bizStep": "commissioning", "bizLocation": {"id": "%4$s"}}""".formatted(coconut, sugar, candy, FACTORY));
    return new Chain(coconut, sugar, candy, desadv, document(events));
  }

  void capture(String body, long expectedCaptured) {
    client().post().uri("/epcis/capture").header("X-API-Key", CAPTURE_KEY).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body).exchange().expectStatus().isAccepted()
        .expectBody().jsonPath("$.status").isEqualTo("SUCCESS").jsonPath("$.capturedCount").isEqualTo(expectedCaptured);
  }

  @Test
  void aCapturedTransformationAndShipmentAppearInTheGraphQlProvenance() {
    Chain chain = chain();
    capture(chain.body(), 5);
    // Read as a regulator: quantities are PARTY fields, and these events are at no test key's facilities.
    var response = graphQlWithKey(READER_KEY).documentName("provenance")
        .variable("gtin", gtin("33333")).variable("lot", chain.candyLot()).variable("direction", "UPSTREAM").execute();
    response.errors().verify();
    response.path("provenance.root.facility.country").entity(String.class).isEqualTo("VN");
    List<String> lots = response.path("provenance.nodes[?(@.__typename == 'Batch')].lot").entityList(String.class).get();
    assertThat(lots).contains(chain.candyLot(), chain.coconutLot(), chain.sugarLot());
    List<Map<String, Object>> madeFrom = response.path("provenance.edges[?(@.kind == 'MADE_FROM')].quantity")
        .entityList(mapType()).get();
    assertThat(madeFrom).contains(Map.of("value", 200.0, "unit", "KGM"), Map.of("value", 60.0, "unit", "KGM"));
    List<Map<String, Object>> shipments = response.path("provenance.nodes[?(@.__typename == 'Shipment')]")
        .entityList(mapType()).get();
    assertThat(shipments).singleElement().satisfies(s -> {
      assertThat(s.get("reference")).isEqualTo("BT:" + chain.desadv());
      assertThat((String) s.get("departedAt")).startsWith("2026-02-21T06:00");
      assertThat((String) s.get("arrivedAt")).startsWith("2026-02-21T15:30");
      assertThat(s.get("transitHours")).isEqualTo(9.5);
    });
    List<String> kinds = response.path("provenance.edges[*].kind").entityList(String.class).get();
    assertThat(kinds).contains("PRODUCED_AT", "CARRIES", "SHIPPED_FROM", "SHIPPED_TO");
  }

  @Test
  void exportingABatchProvenanceAndCapturingItAgainAddsNothing() {
    Chain chain = chain();
    capture(chain.body(), 5);
    String exported = client().get().uri("/epcis/provenance/{gtin}/{lot}", gtin("33333"), chain.candyLot())
        .header("X-API-Key", READER_KEY).exchange()
        .expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody();
    assertThat(exported).contains("\"type\":\"EPCISDocument\"", chain.coconutLot(), chain.sugarLot(), chain.desadv());
    Map<String, Object> before = graphSize();
    client().post().uri("/epcis/capture").header("X-API-Key", CAPTURE_KEY).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(exported).exchange().expectStatus().isAccepted()
        .expectBody()
        .jsonPath("$.capturedCount").isEqualTo(0)
        .jsonPath("$.duplicateCount").isEqualTo(5);
    Map<String, Object> after = graphSize();
    // the capture job record and the capture's audit record are the only new nodes
    assertThat(after.get("relationships")).isEqualTo(before.get("relationships"));
    assertThat((Long) after.get("nodes")).isEqualTo((Long) before.get("nodes") + 2);
  }

  @Test
  void aPalletPackedIntoAnSsccAndShippedShowsAsOneShipmentOfItsBatches() {
    String candy = uniqueLot("PAL");
    String serial = String.valueOf(System.nanoTime() % 1_000_000_000L);
    String sscc = "urn:epc:id:sscc:8935999.0" + "0".repeat(9 - serial.length()) + serial;
    String hub = "urn:epc:id:sgln:8935999.10004.0";
    String events = String.join(",",
        """
        {"type": "ObjectEvent", "eventTime": "2026-03-01T07:00:00+07:00", "eventTimeZoneOffset": "+07:00", "action": "ADD",
         "epcList": [], "quantityList": [{"epcClass": "urn:epc:class:lgtin:8935999.033333.%1$s", "quantity": 4000, "uom": "H87"}],
         "bizStep": "commissioning", "bizLocation": {"id": "%2$s"}}""".formatted(candy, FACTORY),
        """
        {"type": "AggregationEvent", "eventTime": "2026-03-01T09:00:00+07:00", "eventTimeZoneOffset": "+07:00", "action": "ADD",
         "parentID": "%1$s", "childEPCs": [], "childQuantityList": [{"epcClass": "urn:epc:class:lgtin:8935999.033333.%2$s", "quantity": 4000, "uom": "H87"}],
         "bizStep": "packing", "bizLocation": {"id": "%3$s"}}""".formatted(sscc, candy, FACTORY),
        """
        {"type": "ObjectEvent", "eventTime": "2026-03-01T10:00:00+07:00", "eventTimeZoneOffset": "+07:00", "action": "OBSERVE",
         "epcList": ["%1$s"], "bizStep": "shipping", "readPoint": {"id": "%2$s"},
         "destinationList": [{"type": "location", "destination": "%3$s"}]}""".formatted(sscc, FACTORY, hub),
        """
        {"type": "ObjectEvent", "eventTime": "2026-03-01T14:00:00+07:00", "eventTimeZoneOffset": "+07:00", "action": "OBSERVE",
         "epcList": ["%1$s"], "bizStep": "receiving", "bizLocation": {"id": "%2$s"}}""".formatted(sscc, hub));
    capture(document(events), 4);
    // Read as a regulator: SSCCs and quantities are PARTY fields.
    var response = graphQlWithKey(READER_KEY).documentName("provenance")
        .variable("gtin", gtin("33333")).variable("lot", candy).variable("direction", "BOTH").execute();
    response.errors().verify();
    List<Map<String, Object>> shipments = response.path("provenance.nodes[?(@.__typename == 'Shipment')]")
        .entityList(mapType()).get();
    assertThat(shipments).singleElement().satisfies(s -> {
      assertThat((String) s.get("reference")).startsWith("SSCC:");
      assertThat(s.get("transitHours")).isEqualTo(4.0);
    });
    List<Map<String, Object>> carried = response.path("provenance.edges[?(@.kind == 'CARRIES')].quantity").entityList(mapType()).get();
    assertThat(carried).containsExactly(Map.of("value", 4000.0, "unit", "H87"));
  }

  @Test
  void aReceiptWithoutReferencesFindsTheOpenShipmentOfItsBatches() {
    String lot = uniqueLot("SUG");
    String events = String.join(",",
        """
        {"type": "ObjectEvent", "eventTime": "2026-03-02T07:00:00+07:00", "eventTimeZoneOffset": "+07:00", "action": "OBSERVE",
         "epcList": [], "quantityList": [{"epcClass": "urn:epc:class:lgtin:8935999.022222.%1$s", "quantity": 300, "uom": "KGM"}],
         "bizStep": "shipping", "readPoint": {"id": "%2$s"},
         "destinationList": [{"type": "location", "destination": "%3$s"}]}""".formatted(lot, MILL, FACTORY),
        """
        {"type": "ObjectEvent", "eventTime": "2026-03-02T09:00:00+07:00", "eventTimeZoneOffset": "+07:00", "action": "OBSERVE",
         "epcList": [], "quantityList": [{"epcClass": "urn:epc:class:lgtin:8935999.022222.%1$s", "quantity": 300, "uom": "KGM"}],
         "bizStep": "receiving", "bizLocation": {"id": "%2$s"}}""".formatted(lot, FACTORY));
    capture(document(events), 2);
    Map<String, Object> shipment = neo4j.query("""
            MATCH (s:Shipment)-[:CARRIES]->(:Batch {lot: $lot}), (s)-[:FROM]->(from:Facility), (s)-[:TO]->(to:Facility)
            RETURN s.departedAt IS NOT NULL AS departed, s.arrivedAt IS NOT NULL AS arrived, from.gln AS from, to.gln AS to,
                   count(*) AS n""")
        .bind(lot).to("lot").fetch().one().orElseThrow();
    assertThat(shipment).containsEntry("departed", true).containsEntry("arrived", true).containsEntry("n", 1L);
  }

  @Test
  void aDocumentCostsTheSameNumberOfStatementsWhateverItsSize() {
    int small = statements.count(() -> capture(chains(1), 5));
    int large = statements.count(() -> capture(chains(20), 100));
    assertThat(large).isEqualTo(small).isLessThanOrEqualTo(20);
  }

  /** {@code n} independent chains of five events in one document. */
  private static String chains(int n) {
    StringBuilder events = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String body = chain().body();
      String list = body.substring(body.indexOf("\"eventList\": [") + 14, body.lastIndexOf("]}}"));
      events.append(i == 0 ? "" : ",").append(list);
    }
    return document(events.toString());
  }

  @Test
  void serialisedItemsCommissionedIntoALotAreTracedToItsBatchInLaterDocuments() {
    String lot = uniqueLot("SER");
    String serial = lot.substring(4);
    String first = "urn:epc:id:sgtin:8935999.044444." + serial + "1";
    String second = "https://id.gs1.org/01/" + gtin("44444") + "/21/" + serial + "2";
    capture(document("""
        {"type": "ObjectEvent", "eventTime": "2026-03-03T07:00:00+07:00", "eventTimeZoneOffset": "+07:00", "action": "ADD",
         "epcList": ["%s", "%s"], "bizStep": "commissioning", "bizLocation": {"id": "%s"},
         "ilmd": {"cbvmda:lotNumber": "%s"}}""".formatted(first, second, FARM, lot)), 1);
    capture(document("""
        {"type": "ObjectEvent", "eventTime": "2026-03-03T09:00:00+07:00", "eventTimeZoneOffset": "+07:00", "action": "OBSERVE",
         "epcList": ["https://id.gs1.org/01/%s/21/%s1", "urn:epc:id:sgtin:8935999.044444.%s2"], "bizStep": "shipping",
         "readPoint": {"id": "%s"}, "destinationList": [{"type": "location", "destination": "%s"}]}"""
        .formatted(gtin("44444"), serial, serial, FARM, FACTORY)), 1);
    Map<String, Object> carried = neo4j.query("""
            MATCH (s:Shipment)-[c:CARRIES]->(b:Batch {gtin: $gtin, lot: $lot})-[:PRODUCED_AT]->(f:Facility)
            RETURN c.quantity AS quantity, c.uom AS uom, f.gln AS producedAt""")
        .bindAll(Map.of("gtin", gtin("44444"), "lot", lot)).fetch().one().orElseThrow();
    assertThat(carried).containsEntry("quantity", 2.0).containsEntry("uom", "H87")
        .containsEntry("producedAt", org.origingraph.gs1.CheckDigit.append("893599910001"));
  }

  @Test
  void aTransformationReportedInTwoEventsLinksOutputsToInputsByTransformationId() {
    String input = uniqueLot("IN");
    String output = uniqueLot("OUT");
    String transformation = "urn:uuid:" + UUID.randomUUID();
    capture(document("""
        {"type": "TransformationEvent", "eventTime": "2026-03-04T08:00:00+07:00", "eventTimeZoneOffset": "+07:00",
         "transformationID": "%s", "inputQuantityList": [{"epcClass": "urn:epc:class:lgtin:8935999.011111.%s", "quantity": 75, "uom": "KGM"}],
         "bizStep": "commissioning", "bizLocation": {"id": "%s"}}""".formatted(transformation, input, FACTORY)), 1);
    capture(document("""
        {"type": "TransformationEvent", "eventTime": "2026-03-04T12:00:00+07:00", "eventTimeZoneOffset": "+07:00",
         "transformationID": "%s", "outputQuantityList": [{"epcClass": "urn:epc:class:lgtin:8935999.033333.%s", "quantity": 900, "uom": "H87"}],
         "bizStep": "commissioning", "bizLocation": {"id": "%s"}}""".formatted(transformation, output, FACTORY)), 1);
    Map<String, Object> link = neo4j.query("""
            MATCH (:Batch {gtin: $out, lot: $outLot})-[m:MADE_FROM]->(:Batch {gtin: $in, lot: $inLot})
            RETURN m.quantity AS quantity, m.uom AS uom""")
        .bindAll(Map.of("out", gtin("33333"), "outLot", output, "in", gtin("11111"), "inLot", input))
        .fetch().one().orElseThrow();
    assertThat(link).containsEntry("quantity", 75.0).containsEntry("uom", "KGM");
  }

  /**
   * The two halves of one transformation, captured at the same moment in two documents, still link:
   * each capture would otherwise look for the other half before it had committed. Ten transformations,
   * each pair released together, so that a race lost would show.
   */
  @Test
  void aTransformationReportedInTwoDocumentsCapturedAtOnceStillLinks() throws Exception {
    int transformations = 10;
    List<String> inputs = new ArrayList<>();
    List<String> outputs = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
      for (int i = 0; i < transformations; i++) {
        String input = uniqueLot("CIN");
        String output = uniqueLot("COUT");
        String transformation = "urn:uuid:" + UUID.randomUUID();
        inputs.add(input);
        outputs.add(output);
        String consumed = document("""
            {"type": "TransformationEvent", "eventTime": "2026-03-05T08:00:00+07:00", "eventTimeZoneOffset": "+07:00",
             "transformationID": "%s", "inputQuantityList": [{"epcClass": "urn:epc:class:lgtin:8935999.011111.%s", "quantity": 75, "uom": "KGM"}],
             "bizStep": "commissioning", "bizLocation": {"id": "%s"}}""".formatted(transformation, input, FACTORY));
        String made = document("""
            {"type": "TransformationEvent", "eventTime": "2026-03-05T12:00:00+07:00", "eventTimeZoneOffset": "+07:00",
             "transformationID": "%s", "outputQuantityList": [{"epcClass": "urn:epc:class:lgtin:8935999.033333.%s", "quantity": 900, "uom": "H87"}],
             "bizStep": "commissioning", "bizLocation": {"id": "%s"}}""".formatted(transformation, output, FACTORY));
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<?>> captures = List.of(consumed, made).stream().<Future<?>>map(body -> pool.submit(() -> {
          together.await(30, TimeUnit.SECONDS);
          capture(body, 1);
          return null;
        })).toList();
        for (Future<?> capture : captures) {
          capture.get(60, TimeUnit.SECONDS);
        }
      }
    }
    long linked = neo4j.query("""
            UNWIND range(0, size($outputs) - 1) AS i
            MATCH (:Batch {gtin: $out, lot: $outputs[i]})-[:MADE_FROM]->(:Batch {gtin: $in, lot: $inputs[i]})
            RETURN count(*) AS linked""")
        .bindAll(Map.of("out", gtin("33333"), "in", gtin("11111"), "outputs", outputs, "inputs", inputs))
        .fetchAs(Long.class).one().orElseThrow();
    assertThat(linked).isEqualTo(transformations);
  }

  @Test
  void exportOfAnUnknownBatchIs404() {
    client().get().uri("/epcis/provenance/{gtin}/{lot}", gtin("33333"), "NO-SUCH-LOT").header("X-API-Key", READER_KEY)
        .exchange().expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @SuppressWarnings("unchecked")
  private static Class<Map<String, Object>> mapType() {
    return (Class<Map<String, Object>>) (Class<?>) Map.class;
  }

  private Map<String, Object> graphSize() {
    return neo4j.query("""
            CALL () { MATCH (n) RETURN count(n) AS nodes }
            CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
            RETURN nodes, relationships""").fetch().one().orElseThrow();
  }
}
