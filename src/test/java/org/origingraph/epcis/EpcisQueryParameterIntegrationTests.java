package org.origingraph.epcis;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * A query parameter the server does not apply is refused, not ignored: a reader who mistypes
 * {@code MATCH_epc} or relies on a standard filter this server lacks would otherwise take every event
 * for the answer to the filter.
 */
class EpcisQueryParameterIntegrationTests extends EpcisQueryTest {

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
    query("eventType", "ObjectEvent",
        "GE_eventTime", "2026-01-01T00:00:00Z", "LT_eventTime", "2026-01-02T00:00:00Z",
        "EQ_bizStep", "shipping", "EQ_disposition", "in_transit",
        "EQ_bizLocation", "urn:epc:id:sgln:0614141.00001.0", "EQ_readPoint", "urn:epc:id:sgln:0614141.00001.0",
        "MATCH_epc", "urn:epc:idpat:sgtin:0614141.*.*", "MATCH_anyEPC", "urn:epc:idpat:sscc:0614141.*",
        "MATCH_epcClass", "urn:epc:class:lgtin:0614141.107346.*",
        "MATCH_anyEPCClass", "urn:epc:idpat:sgtin:0614141.*.*",
        "EQ_bizTransaction_po", "urn:epcglobal:cbv:bt:0614141000012:1",
        "EQ_source_owning_party", "urn:epc:id:pgln:0614141.00001",
        "EQ_destination_urn:epcglobal:cbv:sdt:location", "urn:epc:id:sgln:0614141.00001.0",
        "perPage", "5", "nextPageToken", EpcisEvents.token(5))
        .jsonPath(RESULTS + ".length()").isEqualTo(0);
  }

  /** Event type names are case-sensitive; a misspelt one would otherwise find nothing and say nothing. */
  @Test
  void anUnknownEventTypeIsABadRequestNamingTheTypes() {
    refused("eventType", "ObjectEvent|objectevent").jsonPath("$.detail")
        .value(allOf(startsWith("eventType: 'objectevent' is not an EPCIS 2.0 event type"), containsString("TransformationEvent")));
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
    getEvents("MATCH_epc", hundred, "perPage", "1").expectStatus().isOk();
    refused("MATCH_epc", hundred + "|urn:epc:id:sgtin:0614141.107346.2017")
        .jsonPath("$.detail").value(allOf(startsWith("MATCH_epc: "), containsString("at most 100 values, not 101")));
    refused("EQ_destination_location", hundred.replace("idpat:sgtin", "id:sgln").replace(".*.*", ".00001.0") + "|urn:epc:id:sgln:0614141.00001.0")
        .jsonPath("$.detail").value(containsString("at most 100 values"));
  }
}
