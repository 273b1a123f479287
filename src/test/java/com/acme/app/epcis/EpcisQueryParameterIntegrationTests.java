package com.acme.app.epcis;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import com.acme.app.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A query parameter the server does not apply is refused, not ignored: a reader who mistypes
 * {@code MATCH_epc} or relies on a standard filter this server lacks would otherwise take every event
 * for the answer to the filter.
 */
class EpcisQueryParameterIntegrationTests extends IntegrationTest {

  private WebTestClient client() {
    return http().mutate().responseTimeout(Duration.ofSeconds(60)).build();
  }

  private WebTestClient.BodyContentSpec refused(String parameter, String value) {
    return client().get().uri(b -> b.path("/epcis/events").queryParam(parameter, value).build())
        .header("X-API-Key", READER_KEY).exchange()
        .expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.code").isEqualTo("BAD_USER_INPUT")
        .jsonPath("$.type").isEqualTo("epcisException:QueryParameterException")
        .jsonPath("$.errors[0].pointer").isEqualTo(parameter);
  }

  @Test
  void anUnknownParameterIsABadRequestNamingIt() {
    for (String parameter : List.of("MATCH_EPC", "EQ_bizstep", "eventtype", "perpage", "MATCH_anyEpc")) {
      refused(parameter, "x").jsonPath("$.detail").value(allOf(startsWith(parameter + " is not a known query parameter"),
          containsString("MATCH_epc")));
    }
  }

  @Test
  void aStandardParameterThisServerDoesNotApplyIsABadRequestSayingSo() {
    for (String parameter : List.of("EQ_action", "GE_recordTime", "LT_recordTime", "MATCH_parentID", "MATCH_inputEPC",
        "MATCH_outputEPC", "MATCH_inputEPCClass", "MATCH_outputEPCClass", "EQ_errorReason",
        "EXISTS_errorDeclaration", "EXISTS_example:temperature", "EQ_INNER_example:lot", "GE_example:temperature",
        "LT_ILMD_example:bestBefore", "orderBy", "orderDirection", "eventCountLimit", "maxEventCount", "GE_value_CEL")) {
      refused(parameter, "x").jsonPath("$.detail").value(startsWith(parameter + " is an EPCIS query parameter this server does not support"));
    }
  }

  @Test
  void everySupportedParameterIsAccepted() {
    client().get().uri(b -> b.path("/epcis/events").queryParam("eventType", "ObjectEvent")
            .queryParam("GE_eventTime", "2026-01-01T00:00:00Z").queryParam("LT_eventTime", "2026-01-02T00:00:00Z")
            .queryParam("EQ_bizStep", "shipping").queryParam("EQ_disposition", "in_transit")
            .queryParam("EQ_bizLocation", "urn:epc:id:sgln:0614141.00001.0").queryParam("EQ_readPoint", "urn:epc:id:sgln:0614141.00001.0")
            .queryParam("MATCH_epc", "urn:epc:idpat:sgtin:0614141.*.*").queryParam("MATCH_anyEPC", "urn:epc:idpat:sscc:0614141.*")
            .queryParam("MATCH_epcClass", "urn:epc:class:lgtin:0614141.107346.*")
            .queryParam("MATCH_anyEPCClass", "urn:epc:idpat:sgtin:0614141.*.*")
            .queryParam("EQ_bizTransaction_po", "urn:epcglobal:cbv:bt:0614141000012:1")
            .queryParam("EQ_source_owning_party", "urn:epc:id:pgln:0614141.00001")
            .queryParam("EQ_destination_urn:epcglobal:cbv:sdt:location", "urn:epc:id:sgln:0614141.00001.0")
            .queryParam("perPage", 5).queryParam("nextPageToken", EpcisEvents.token(5)).build())
        .header("X-API-Key", READER_KEY).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.epcisBody.queryResults.resultsBody.eventList.length()").isEqualTo(0);
  }

  /** {@code MATCH_epc=} read as no filter would answer every event; a trailing | likely lost a value. */
  @Test
  void aBlankValueIsABadRequestNamingTheParameter() {
    for (String parameter : List.of("MATCH_epc", "MATCH_anyEPC", "EQ_bizTransaction_po", "EQ_source_owning_party", "eventType")) {
      refused(parameter, "").jsonPath("$.detail").value(allOf(startsWith(parameter + ": "), containsString("blank")));
      refused(parameter, "  ").jsonPath("$.detail").value(containsString("blank"));
    }
    refused("MATCH_epc", "urn:epc:id:sgtin:0614141.107346.2017|").jsonPath("$.detail").value(containsString("blank"));
    refused("EQ_bizStep", "|shipping").jsonPath("$.detail").value(containsString("blank"));
  }

  /** Each value is compared with every identifier of every event read; a company prefix pattern is ten. */
  @Test
  void moreThanAHundredValuesOfOneParameterAreABadRequestNamingIt() {
    String hundred = String.join("|", IntStream.range(0, 100).mapToObj(i -> "urn:epc:idpat:sgtin:06141%02d.*.*".formatted(i)).toList());
    client().get().uri(b -> b.path("/epcis/events").queryParam("MATCH_epc", hundred).queryParam("perPage", 1).build())
        .header("X-API-Key", READER_KEY).exchange()
        .expectStatus().isOk();
    refused("MATCH_epc", hundred + "|urn:epc:id:sgtin:0614141.107346.2017")
        .jsonPath("$.detail").value(allOf(startsWith("MATCH_epc: "), containsString("at most 100 values, not 101")));
    refused("EQ_destination_location", hundred.replace("idpat:sgtin", "id:sgln").replace(".*.*", ".00001.0") + "|urn:epc:id:sgln:0614141.00001.0")
        .jsonPath("$.detail").value(containsString("at most 100 values"));
  }
}
