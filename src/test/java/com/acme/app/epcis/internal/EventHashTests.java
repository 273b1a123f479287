package com.acme.app.epcis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventHashTests {

  private static final JsonMapper json = JsonMapper.builder().build();
  private static final Map<String, String> PREFIXES = Map.of("example", "http://ns.example.com/epcis/");

  private static String hash(String event) {
    JsonNode node = json.readTree(event);
    return EventHash.of(node, PREFIXES);
  }

  @Test
  void isANamedInformationSha256UriOfCbv20() {
    assertThat(hash("{\"type\":\"ObjectEvent\",\"eventTime\":\"2026-03-01T08:00:00Z\",\"eventTimeZoneOffset\":\"+00:00\",\"action\":\"OBSERVE\"}"))
        .matches("ni:///sha-256;[0-9a-f]{64}\\?ver=CBV2\\.0");
  }

  @Test
  void ignoresPropertyOrderListOrderTimeZoneSpellingAndIdentifierSyntax() {
    String a = """
        {"type":"ObjectEvent","eventTime":"2005-04-03T20:33:31.116-06:00","eventTimeZoneOffset":"-06:00","action":"OBSERVE",
         "epcList":["urn:epc:id:sgtin:0614141.107346.2017","urn:epc:id:sgtin:0614141.107346.2018"],
         "bizStep":"shipping","readPoint":{"id":"urn:epc:id:sgln:0614141.07346.1234"},"example:myField":"x"}""";
    String b = """
        {"readPoint":{"id":"urn:epc:id:sgln:0614141.07346.1234"},"bizStep":"https://ref.gs1.org/cbv/BizStep-shipping",
         "epcList":["https://id.gs1.org/01/10614141073464/21/2018","urn:epc:id:sgtin:0614141.107346.2017"],
         "example:myField":"x","action":"OBSERVE","eventTimeZoneOffset":"-06:00","type":"ObjectEvent",
         "eventTime":"2005-04-04T02:33:31.116000Z","eventID":"urn:uuid:ignored","recordTime":"2026-01-01T00:00:00Z"}""";
    assertThat(hash(a)).isEqualTo(hash(b));
  }

  @Test
  void changesWhenAnythingThatMattersChanges() {
    String base = """
        {"type":"ObjectEvent","eventTime":"2026-03-01T08:00:00Z","eventTimeZoneOffset":"+00:00","action":"OBSERVE",
         "quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.998877","quantity":200,"uom":"KGM"}]}""";
    assertThat(hash(base)).isNotEqualTo(hash(base.replace("200", "201")))
        .isNotEqualTo(hash(base.replace("08:00:00Z", "08:00:00.001Z")))
        .isNotEqualTo(hash(base.replace("OBSERVE", "ADD")))
        .isEqualTo(hash(base.replace("200", "200.0")));
  }

  @Test
  void anErrorDeclarationHashesToTheEventItCorrects() {
    String event = "{\"type\":\"ObjectEvent\",\"eventTime\":\"2026-03-01T08:00:00Z\",\"eventTimeZoneOffset\":\"+00:00\",\"action\":\"OBSERVE\"";
    assertThat(hash(event + "}"))
        .isEqualTo(hash(event + ",\"errorDeclaration\":{\"declarationTime\":\"2026-03-02T00:00:00Z\"}}"));
  }
}
