package org.origingraph.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.origingraph.epcis.EpcisTestDocuments.document;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.origingraph.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Writes only for one's own: the test producer (the flagship maker, 8938512000008) captures at its
 * plant and ships to its customers, and is refused, with nothing written, whenever an event happens
 * at another organisation's place or makes another's product.
 */
class CaptureOwnershipIntegrationTests extends IntegrationTest {

  /** The flagship maker's plant, 8938512000107. */
  private static final String PLANT = "urn:epc:id:sgln:8938512.00010.0";
  /** The coconut co-op's farm, 8938513000106: another organisation's. */
  private static final String COOP_FARM = "urn:epc:id:sgln:8938513.00010.0";
  /** Naniwa Foods' Osaka warehouse, a customer: 4571234000105. */
  private static final String CUSTOMER = "urn:epc:id:sgln:4571234.00010.0";
  /** A GLN the graph does not know, of the flagship maker's company prefix. */
  private static final String NEW_OWN_PLACE = "urn:epc:id:sgln:8938512.99999.0";
  /**
   * A GTIN of the maker's company prefix that nobody registered: its own by the prefix rule (and no
   * demo product gets lots without a production date from these tests).
   */
  private static final String OWN_PRODUCT = "urn:epc:class:lgtin:8938512.099999.";
  /** The co-op's coconuts. */
  private static final String COOP_PRODUCT = "urn:epc:class:lgtin:8938513.000001.";

  @Autowired
  Neo4jClient neo4j;

  private WebTestClient client() {
    return http().mutate().responseTimeout(Duration.ofSeconds(60)).build();
  }

  private WebTestClient.ResponseSpec capture(String key, String requestId, String... events) {
    return client().post().uri("/epcis/capture").header("X-API-Key", key).header("X-Request-Id", requestId)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(document(String.join(",", events))).exchange();
  }

  private static String observe(String id, String bizLocation) {
    return """
        {"eventID": "%s", "type": "ObjectEvent", "eventTime": "2026-03-01T08:00:00+07:00", "eventTimeZoneOffset": "+07:00",
         "action": "OBSERVE", "epcList": [], "quantityList": [{"epcClass": "%sOBS-1", "quantity": 5, "uom": "KGM"}],
         "bizStep": "inspecting", "bizLocation": {"id": "%s"}}""".formatted(id, OWN_PRODUCT, bizLocation);
  }

  private static String ship(String id, String from, String to) {
    return """
        {"eventID": "%s", "type": "ObjectEvent", "eventTime": "2026-03-02T08:00:00+07:00", "eventTimeZoneOffset": "+07:00",
         "action": "OBSERVE", "epcList": [], "quantityList": [{"epcClass": "%sSHIP-1", "quantity": 5, "uom": "H87"}],
         "bizStep": "shipping", "sourceList": [{"type": "location", "source": "%s"}],
         "destinationList": [{"type": "location", "destination": "%s"}]}""".formatted(id, OWN_PRODUCT, from, to);
  }

  private static String commission(String id, String productClass, String at) {
    return """
        {"eventID": "%s", "type": "ObjectEvent", "eventTime": "2026-03-03T08:00:00+07:00", "eventTimeZoneOffset": "+07:00",
         "action": "ADD", "epcList": [], "quantityList": [{"epcClass": "%s%s", "quantity": 5, "uom": "KGM"}],
         "bizStep": "commissioning", "bizLocation": {"id": "%s"}}""".formatted(id, productClass, id.substring(9, 17), at);
  }

  private static String id() {
    return "urn:uuid:" + UUID.randomUUID();
  }

  private long stored(String... eventIds) {
    return neo4j.query("MATCH (e:Event) WHERE e.eventId IN $ids RETURN count(e)").bind(List.of(eventIds)).to("ids")
        .fetchAs(Long.class).one().orElseThrow();
  }

  @Test
  void aProducerCannotCaptureAtAnotherOrganisationsLocationAndNothingOfTheDocumentIsStored() {
    String own = id();
    String foreign = id();
    String request = "req-" + UUID.randomUUID();
    capture(PRODUCER_KEY, request, observe(own, PLANT), observe(foreign, COOP_FARM))
        .expectStatus().isForbidden()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.code").isEqualTo("FORBIDDEN")
        .jsonPath("$.errors.length()").isEqualTo(1)
        .jsonPath("$.errors[0].pointer").isEqualTo("/epcisBody/eventList/1/bizLocation/id")
        .jsonPath("$.errors[0].code").isEqualTo("FORBIDDEN");
    assertThat(stored(own, foreign)).as("neither the foreign event nor the valid one before it").isZero();

    // The refusal is on the audit trail, under the producer's organisation and the request's id.
    graphQlWithKey(READER_KEY).document("""
            query($org: String) { auditTrail(organization: $org, first: 100) { totalCount
              edges { node { operation outcome requestId actor organization identifiers detail } } } }""")
        .variable("org", FLAGSHIP_MAKER_GLN).execute().errors().verify()
        .path("auditTrail.edges[?(@.node.requestId == '" + request + "')].node").entityList(Map.class)
        .satisfies(records -> {
          assertThat(records).hasSize(1);
          assertThat(records.getFirst()).containsEntry("operation", "epcis.capture").containsEntry("outcome", "REFUSED")
              .containsEntry("actor", "test-producer").containsEntry("organization", FLAGSHIP_MAKER_GLN)
              .containsEntry("identifiers", List.of("/epcisBody/eventList/1/bizLocation/id"));
        });
  }

  @Test
  void aProducerShipsFromItsPlantToACustomerAndClaimsUnknownGlnsOfItsOwnCompanyPrefix() {
    String shipped = id();
    String atNewPlace = id();
    capture(PRODUCER_KEY, "req-" + UUID.randomUUID(), ship(shipped, PLANT, CUSTOMER), observe(atNewPlace, NEW_OWN_PLACE))
        .expectStatus().isAccepted()
        .expectBody().jsonPath("$.status").isEqualTo("SUCCESS");
    assertThat(stored(shipped, atNewPlace)).isEqualTo(2);
  }

  @Test
  void aShipmentBetweenTwoOtherOrganisationsIsRefusedAtItsSource() {
    String between = id();
    capture(PRODUCER_KEY, "req-" + UUID.randomUUID(), ship(between, COOP_FARM, CUSTOMER))
        .expectStatus().isForbidden()
        .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/epcisBody/eventList/0/sourceList/0/source");
    assertThat(stored(between)).isZero();
  }

  @Test
  void aProducerCannotCommissionAnotherOrganisationsProductEvenAtItsOwnPlant() {
    String coconuts = id();
    capture(PRODUCER_KEY, "req-" + UUID.randomUUID(), commission(coconuts, COOP_PRODUCT, PLANT))
        .expectStatus().isForbidden()
        .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/epcisBody/eventList/0/quantityList/0/epcClass");
    assertThat(stored(coconuts)).isZero();
  }

  @Test
  void aGlnOfAnotherCompanyPrefixThatTheGraphDoesNotKnowIsNotClaimable() {
    String elsewhere = id();
    capture(PRODUCER_KEY, "req-" + UUID.randomUUID(), observe(elsewhere, "urn:epc:id:sgln:8935999.10777.0"))
        .expectStatus().isForbidden()
        .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/epcisBody/eventList/0/bizLocation/id");
    assertThat(stored(elsewhere)).isZero();
  }

  @Test
  void anAdministratorCapturesAnywhereAndARegulatorNowhere() {
    String byAdmin = id();
    capture(ADMIN_KEY, "req-" + UUID.randomUUID(), observe(byAdmin, COOP_FARM)).expectStatus().isAccepted();
    assertThat(stored(byAdmin)).isEqualTo(1);
    String byRegulator = id();
    capture(READER_KEY, "req-" + UUID.randomUUID(), observe(byRegulator, COOP_FARM)).expectStatus().isForbidden();
    assertThat(stored(byRegulator)).isZero();
  }

  @Test
  void theGraphQlMutationReportsTheSameRefusalInItsPayload() {
    String foreign = id();
    String request = "gql-" + UUID.randomUUID();
    graphQlWithKey(PRODUCER_KEY).mutate().header("X-Request-Id", request).build().documentName("captureEpcisDocument").variable("document", document(observe(foreign, COOP_FARM)))
        .execute().errors().verify()
        .path("captureEpcisDocument.status").entity(String.class).isEqualTo("FAILED")
        .path("captureEpcisDocument.errors[0].code").entity(String.class).isEqualTo("FORBIDDEN")
        .path("captureEpcisDocument.errors[0].pointer").entity(String.class).isEqualTo("/epcisBody/eventList/0/bizLocation/id");
    assertThat(stored(foreign)).isZero();
    graphQlWithKey(READER_KEY).document("query($org: String) { auditTrail(organization: $org, first: 100) { "
            + "edges { node { operation outcome requestId } } } }")
        .variable("org", FLAGSHIP_MAKER_GLN).execute().errors().verify()
        .path("auditTrail.edges[?(@.node.requestId == '" + request + "')].node.outcome").entityList(String.class)
        .containsExactly("REFUSED");
  }
}
