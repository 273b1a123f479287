package org.origingraph.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.origingraph.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The acceptance check: an anonymous provenance query of the flagship gives nothing away. */
class FlagshipVisibilityIntegrationTests extends IntegrationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static final String QUERY = """
      { provenance(gtin: "%s", lot: "%s", direction: BOTH) {
          root { lot quantity { value unit } }
          nodes { __typename id
            ... on Batch { lot producedAt quantity { value unit } inputs { quantity { value } } }
            ... on Shipment { reference sscc carrier departedAt transportMode items { quantity { value } } }
            ... on Certificate { scheme number issuer validTo status }
            ... on Facility { name region country address { street postalCode locality region country }
                              location { latitude longitude } }
            ... on Organization { name address { street postalCode } } }
          edges { from to kind quantity { value unit } } } }""".formatted(FLAGSHIP_GTIN, FLAGSHIP_LOT);

  @Test
  void anonymousFlagshipProvenanceWithholdsEverySensitiveFieldAndSaysSo() {
    JsonNode answer = post(Map.of());
    assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
    JsonNode provenance = answer.at("/data/provenance");
    List<String> leaks = new ArrayList<>();
    for (String sensitive : List.of("quantity", "sscc", "carrier", "reference", "number", "street", "postalCode", "locality")) {
      provenance.findValues(sensitive).stream().filter(v -> !v.isNull()).forEach(v -> leaks.add(sensitive + "=" + v));
    }
    for (JsonNode location : provenance.findValues("location")) {
      for (String axis : List.of("latitude", "longitude")) {
        double degrees = location.path(axis).asDouble();
        if (Math.abs(degrees * 10 - Math.round(degrees * 10)) > 1e-9) {
          leaks.add(axis + "=" + degrees);
        }
      }
    }
    // Nor do the ids: a shipment's or certificate's id does not decode to its reference or number.
    List<String> ids = new ArrayList<>();
    provenance.findValues("id").forEach(v -> ids.add(v.asString()));
    provenance.findValues("from").forEach(v -> ids.add(v.asString()));
    provenance.findValues("to").forEach(v -> ids.add(v.asString()));
    for (String id : ids) {
      String decoded = new String(java.util.Base64.getUrlDecoder().decode(id), java.nio.charset.StandardCharsets.UTF_8);
      if (decoded.contains("SHP-") || decoded.matches("Certificate:[^~].*")) {
        leaks.add("id " + id + " = " + decoded);
      }
    }
    assertThat(ids).hasSizeGreaterThan(100);
    assertThat(leaks).isEmpty();
    // What a consumer page needs is still there.
    assertThat(provenance.findValues("scheme")).isNotEmpty();
    assertThat(provenance.findValuesAsString("transportMode")).contains("SEA");
    assertThat(provenance.findValuesAsString("region")).contains("Bến Tre");

    JsonNode withheld = answer.at("/extensions/withheld");
    List<String> paths = new ArrayList<>();
    withheld.forEach(p -> paths.add(p.toString()));
    assertThat(paths).contains("[\"provenance\",\"root\",\"quantity\"]");
    assertThat(paths).anyMatch(p -> p.endsWith("\"reference\"]"))
        .anyMatch(p -> p.endsWith("\"number\"]"))
        .anyMatch(p -> p.endsWith("\"street\"]"))
        .anyMatch(p -> p.matches("\\[\"provenance\",\"edges\",\\d+,\"quantity\"]"));
    assertThat(answer.at("/extensions/rounded")).isNotEmpty();
  }

  @Test
  void regulatorSeesEverythingAndNothingIsWithheld() {
    JsonNode answer = post(Map.of("X-API-Key", READER_KEY));
    assertThat(answer.path("extensions").path("withheld").isMissingNode()).isTrue();
    JsonNode provenance = answer.at("/data/provenance");
    assertThat(provenance.at("/root/quantity/value").asDouble()).isEqualTo(6000.0);
    assertThat(provenance.findValuesAsString("reference")).contains("SHP-2026-0024");
    assertThat(provenance.findValues("latitude")).anyMatch(v -> v.asDouble() == 10.2466);
  }

  private JsonNode post(Map<String, String> headers) {
    var client = WebTestClient.bindToServer().baseUrl(url("")).responseTimeout(Duration.ofSeconds(60)).build();
    var request = client.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON);
    headers.forEach(request::header);
    byte[] body = request.bodyValue(Map.of("query", QUERY)).exchange()
        .expectStatus().isOk().expectBody().returnResult().getResponseBody();
    return JSON.readTree(body);
  }
}
