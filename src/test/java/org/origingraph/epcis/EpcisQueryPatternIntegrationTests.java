package org.origingraph.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.origingraph.gs1.CheckDigit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * EPC pattern URIs in the MATCH_ parameters find the events of a product or a company however their
 * identifiers were captured (EPC URN or Digital Link), and never those of another product or company.
 */
class EpcisQueryPatternIntegrationTests extends EpcisQueryTest {

  /** A company prefix of this test alone (9 digits), so that no other test's events match its patterns. */
  private String company;
  /** Another company, differing in the last digit. */
  private String otherCompany;

  /**
   * Product A (item reference 0123), the same item with indicator 1 (1123, another GTIN), product B
   * (0456) and product A of the other company, each observed once; a pallet of A; lots of A and B.
   */
  @BeforeEach
  void captureProducts() {
    company = "9" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    otherCompany = company.substring(0, 8) + (company.charAt(8) == '9' ? '0' : (char) (company.charAt(8) + 1));
    String events = String.join(",",
        observe("a", "\"epcList\": [\"urn:epc:id:sgtin:%s.0123.1\"]".formatted(company)),
        observe("a1", "\"epcList\": [\"https://id.gs1.org/01/%s/21/2\"]".formatted(gtin(company, "1123"))),
        observe("b", "\"epcList\": [\"urn:epc:id:sgtin:%s.0456.3\"]".formatted(company)),
        observe("other", "\"epcList\": [\"urn:epc:id:sgtin:%s.0123.4\"]".formatted(otherCompany)),
        event("pallet", "AggregationEvent", "ADD", "\"parentID\": \"urn:epc:id:sscc:%s.10000001\", \"childEPCs\": [\"urn:epc:id:sgtin:%s.0123.5\"]"
            .formatted(company, company)),
        observe("lotA", "\"quantityList\": [{\"epcClass\": \"urn:epc:class:lgtin:%s.0123.L1\", \"quantity\": 10, \"uom\": \"KGM\"}]"
            .formatted(company)),
        observe("lotB", "\"quantityList\": [{\"epcClass\": \"https://id.gs1.org/01/%s/10/L2\", \"quantity\": 5, \"uom\": \"KGM\"}]"
            .formatted(gtin(company, "0456"))));
    capture(events);
  }

  private String observe(String name, String what) {
    return event(name, "ObjectEvent", "OBSERVE", what);
  }

  private String event(String name, String type, String action, String what) {
    return """
        {"type": "%s", "eventID": "%s", "eventTime": "2026-05-04T10:00:00+07:00", "eventTimeZoneOffset": "+07:00",
         "action": "%s", %s}""".formatted(type, eventId(name), action, what);
  }

  /** The GTIN-14 of an SGTIN URN's company prefix and item reference. */
  private static String gtin(String companyPrefix, String itemReference) {
    return CheckDigit.append(itemReference.charAt(0) + companyPrefix + itemReference.substring(1));
  }

  @Test
  void anItemPatternFindsEverySerialOfItsGtinWhateverTheNotation() {
    assertThat(found("MATCH_epc", "urn:epc:idpat:sgtin:" + company + ".0123.*")).containsExactly("a", "pallet");
    // a Digital Link of the GTIN alone is the same pattern
    assertThat(found("MATCH_epc", "https://id.gs1.org/01/" + gtin(company, "0123"))).containsExactly("a", "pallet");
    // indicator 1 makes another GTIN, captured here as a Digital Link
    assertThat(found("MATCH_epc", "urn:epc:idpat:sgtin:" + company + ".1123.*")).containsExactly("a1");
  }

  @Test
  void aCompanyPrefixPatternFindsEveryProductOfThatCompanyAndNoOther() {
    assertThat(found("MATCH_epc", "urn:epc:idpat:sgtin:" + company + ".*.*")).containsExactly("a", "a1", "b", "pallet");
    assertThat(found("MATCH_epc", "urn:epc:idpat:sgtin:" + otherCompany + ".*.*")).containsExactly("other");
    assertThat(found("MATCH_epc", "urn:epc:idpat:sgtin:" + otherCompany + ".*.*|urn:epc:id:sgtin:" + company + ".0456.3"))
        .containsExactly("b", "other");
  }

  @Test
  void aLogisticUnitPatternFindsThePalletAsParentOnlyWithAnyEpc() {
    assertThat(found("MATCH_anyEPC", "urn:epc:idpat:sscc:" + company + ".*")).containsExactly("pallet");
    assertThat(found("MATCH_epc", "urn:epc:idpat:sscc:" + company + ".*")).isEmpty();
  }

  @Test
  void classPatternsFindTheLotsOfAProductOrOfACompany() {
    assertThat(found("MATCH_epcClass", "urn:epc:idpat:sgtin:" + company + ".0123.*")).containsExactly("lotA");
    assertThat(found("MATCH_epcClass", "urn:epc:class:lgtin:" + company + ".0456.*")).containsExactly("lotB");
    assertThat(found("MATCH_epcClass", "https://id.gs1.org/01/" + gtin(company, "0456"))).containsExactly("lotB");
    assertThat(found("MATCH_epcClass", "urn:epc:idpat:sgtin:" + company + ".*.*")).containsExactly("lotA", "lotB");
    assertThat(found("MATCH_epcClass", "urn:epc:idpat:sgtin:" + otherCompany + ".*.*")).isEmpty();
  }

  @Test
  void aMalformedPatternOrIdentifierIsABadRequestNamingTheParameter() {
    refused("MATCH_epc", "urn:epc:idpat:sgtin:" + company + ".*.7")
        .jsonPath("$.detail").value(allOf(startsWith("MATCH_epc: "), containsString("is not an EPC pattern"),
            containsString("only * may follow")));
    getEvents("MATCH_epcClass", "urn:epc:idpat:lgtin:" + company + ".0123.*")
        .expectStatus().isBadRequest()
        .expectBody().jsonPath("$.detail").value(containsString("no EPC scheme 'lgtin'"));
    getEvents("EQ_bizLocation", "urn:epc:id:sgln:" + company + ".12.0")
        .expectStatus().isBadRequest()
        .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("EQ_bizLocation");
  }

  @Test
  void aClassWhereEpcsAreMatchedIsABadRequestNamingTheParameter() {
    for (String parameter : List.of("MATCH_epc", "MATCH_anyEPC")) {
      for (String value : List.of("urn:epc:class:lgtin:" + company + ".0123.L1", "urn:epc:class:lgtin:" + company + ".0123.*",
          "https://id.gs1.org/01/" + gtin(company, "0456") + "/10/L2")) {
        refused(parameter, value).jsonPath("$.detail").value(allOf(startsWith(parameter + ": "), containsString("is a class"),
            containsString("use MATCH_epcClass")));
      }
    }
  }

  /** The binding's OpenAPI separates values with | ({@code pipeDelimited}); a comma belongs to the value. */
  @Test
  void valuesAreSeparatedByPipesOrRepeatedAndMayHoldCommas() {
    String serial = "https://id.gs1.org/01/" + gtin(company, "0789") + "/21/7,8";
    capture(observe("comma", "\"epcList\": [\"%s\"]".formatted(serial)));
    assertThat(found("MATCH_epc", serial)).containsExactly("comma");
    assertThat(found("MATCH_epc", serial + "|urn:epc:id:sgtin:" + company + ".0456.3")).containsExactly("b", "comma");
    assertThat(found("MATCH_epc", serial, "MATCH_epc", "urn:epc:id:sgtin:" + company + ".0456.3")).containsExactly("b", "comma");
  }

  /** curl sends the | of {@code a|b} as it is, and the server must not refuse the request line. */
  @Test
  void anUnencodedPipeSeparatesValues() throws IOException {
    String target = "/epcis/events?MATCH_epc=urn:epc:id:sgtin:" + company + ".0123.1|urn:epc:id:sgtin:" + company + ".0456.3";
    try (Socket socket = new Socket("localhost", port)) {
      socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + READER_KEY
          + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(response).startsWith("HTTP/1.1 200");
      assertThat(response).contains(idOf("a"), idOf("b")).doesNotContain(idOf("a1"));
    }
  }
}
