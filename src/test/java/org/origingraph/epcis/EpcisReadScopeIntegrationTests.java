package org.origingraph.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.origingraph.epcis.EpcisTestDocuments.document;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.origingraph.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * EPCIS reads follow the party rule: a producer reads the events at or between its organisation's
 * locations, an importer those at its own and the events behind the goods it received, a regulator
 * every event; over REST, GraphQL and the export alike.
 */
class EpcisReadScopeIntegrationTests extends IntegrationTest {

  private static final String PLANT = "urn:epc:id:sgln:8938512.00010.0";
  private static final String COOP_FARM = "urn:epc:id:sgln:8938513.00010.0";
  private static final String NANIWA = "urn:epc:id:sgln:4571234.00010.0";
  /** The flagship lot, shipped to Naniwa: in the importer's upstream. */
  private static final String FLAGSHIP_CLASS = "urn:epc:class:lgtin:8938512.000001.BT-2026-031";

  private String sgtin;
  private final Map<String, String> ids = new java.util.HashMap<>();

  private WebTestClient client() {
    return http().mutate().responseTimeout(Duration.ofSeconds(60)).build();
  }

  private String event(String name, String where, String extra) {
    String id = "urn:uuid:" + UUID.randomUUID();
    ids.put(id, name);
    return """
        {"eventID": "%s", "type": "ObjectEvent", "eventTime": "2026-04-0%dT08:00:00+07:00", "eventTimeZoneOffset": "+07:00",
         "action": "OBSERVE", "epcList": ["%s"], "bizStep": "inspecting", %s %s}"""
        .formatted(id, 1 + ids.size(), sgtin, where, extra);
  }

  @BeforeEach
  void captureAtSeveralOrganisations() {
    sgtin = "urn:epc:id:sgtin:8938512.000001." + UUID.randomUUID().toString().substring(0, 12);
    String events = String.join(",",
        event("atPlant", "\"bizLocation\": {\"id\": \"" + PLANT + "\"}", ""),
        event("atFarm", "\"bizLocation\": {\"id\": \"" + COOP_FARM + "\"}", ""),
        event("farmToPlant", "\"readPoint\": {\"id\": \"" + COOP_FARM + "\"},",
            "\"sourceList\": [{\"type\": \"location\", \"source\": \"" + COOP_FARM + "\"}], "
                + "\"destinationList\": [{\"type\": \"location\", \"destination\": \"" + PLANT + "\"}]"),
        event("atNaniwa", "\"bizLocation\": {\"id\": \"" + NANIWA + "\"}", ""),
        event("flagshipAtFarm", "\"bizLocation\": {\"id\": \"" + COOP_FARM + "\"},",
            "\"quantityList\": [{\"epcClass\": \"" + FLAGSHIP_CLASS + "\", \"quantity\": 1, \"uom\": \"H87\"}]"));
    client().post().uri("/epcis/capture").header("X-API-Key", ADMIN_KEY).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(document(events)).exchange().expectStatus().isAccepted()
        .expectBody().jsonPath("$.status").isEqualTo("SUCCESS");
  }

  /** The names of the events {@code GET /epcis/events?MATCH_epc=…} answers {@code key}, in event-time order. */
  private List<String> restQuery(String key) {
    byte[] body = client().get().uri(b -> b.path("/epcis/events").queryParam("MATCH_epc", sgtin).build())
        .header("X-API-Key", key).exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
    List<String> eventIds = JsonPath.read(new String(body, StandardCharsets.UTF_8),
        "$.epcisBody.queryResults.resultsBody.eventList[*].eventID");
    return eventIds.stream().map(ids::get).toList();
  }

  private String idOf(String name) {
    return ids.entrySet().stream().filter(e -> e.getValue().equals(name)).findFirst().orElseThrow().getKey();
  }

  @Test
  void eachRoleReadsTheEventsItIsAPartyTo() {
    assertThat(restQuery(READER_KEY)).containsExactly("atPlant", "atFarm", "farmToPlant", "atNaniwa", "flagshipAtFarm");
    assertThat(restQuery(ADMIN_KEY)).hasSize(5);
    assertThat(restQuery(PRODUCER_KEY)).as("at its plant, and a delivery into it").containsExactly("atPlant", "farmToPlant");
    assertThat(restQuery(IMPORTER_KEY)).as("at its warehouse, and what touched the lot it received")
        .containsExactly("atNaniwa", "flagshipAtFarm");
  }

  @Test
  void anEventOutsideTheScopeIsNotFoundOneByOne() {
    client().get().uri(b -> b.path("/epcis/events/{id}").build(idOf("atFarm"))).header("X-API-Key", PRODUCER_KEY).exchange()
        .expectStatus().isNotFound();
    client().get().uri(b -> b.path("/epcis/events/{id}").build(idOf("atPlant"))).header("X-API-Key", PRODUCER_KEY).exchange()
        .expectStatus().isOk();
    client().get().uri(b -> b.path("/epcis/events/{id}").build(idOf("atFarm"))).header("X-API-Key", READER_KEY).exchange()
        .expectStatus().isOk();
  }

  @Test
  void theGraphQlConnectionIsScopedAlike() {
    graphQlWithKey(PRODUCER_KEY).documentName("events").variable("filter", Map.of("epcs", List.of(sgtin))).execute()
        .path("events.totalCount").entity(Integer.class).isEqualTo(2);
    graphQlWithKey(READER_KEY).documentName("events").variable("filter", Map.of("epcs", List.of(sgtin))).execute()
        .path("events.totalCount").entity(Integer.class).isEqualTo(5);
  }

  @Test
  void theExportHoldsOnlyTheCallersEvents() {
    String export = "/epcis/provenance/" + FLAGSHIP_GTIN + "/" + FLAGSHIP_LOT;
    String regulators = new String(client().get().uri(export).header("X-API-Key", READER_KEY).exchange()
        .expectStatus().isOk().expectBody().returnResult().getResponseBody(), StandardCharsets.UTF_8);
    String producers = new String(client().get().uri(export).header("X-API-Key", PRODUCER_KEY).exchange()
        .expectStatus().isOk().expectBody().returnResult().getResponseBody(), StandardCharsets.UTF_8);
    assertThat(regulators).contains(idOf("flagshipAtFarm"));
    assertThat(producers).doesNotContain(idOf("flagshipAtFarm"));
  }
}
