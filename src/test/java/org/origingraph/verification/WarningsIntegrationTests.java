package org.origingraph.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.origingraph.IntegrationTest;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/** warnings(): the expiring certificates and the overdue shipment of the demo, per reader. */
class WarningsIntegrationTests extends IntegrationTest {

  private static final String WARNINGS = """
      query($kinds: [WarningKind!]) { warnings(first: 100, kinds: $kinds) { totalCount
        edges { node { id kind code raisedAt message(locale: "en") organization { gln } subjects { __typename id } } } } }""";

  @SuppressWarnings("unchecked")
  private static List<String> certificatesExpiringWithin90Days() throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    try (InputStream in = new ClassPathResource("demo/provenance-demo.json").getInputStream()) {
      Map<String, Object> demo = JsonMapper.builder().build().readValue(in, Map.class);
      return ((List<Map<String, Object>>) demo.get("certificates")).stream()
          .filter(c -> {
            LocalDate to = LocalDate.parse((String) c.get("validTo"));
            return !to.isBefore(today) && !to.isAfter(today.plusDays(90));
          })
          .map(c -> (String) c.get("scheme") + " certificate").distinct().toList();
    }
  }

  @Test
  void regulatorsSeeTheExpiringCertificatesAndTheOverdueShipment() throws Exception {
    var response = graphQlWithKey(READER_KEY).document(WARNINGS)
        .variable("kinds", List.of("CERTIFICATE_EXPIRING", "SHIPMENT_OVERDUE")).execute();
    response.errors().verify();
    List<String> messages = response.path("warnings.edges[*].node.message").entityList(String.class).get();
    for (String scheme : certificatesExpiringWithin90Days()) {
      assertThat(messages).anySatisfy(m -> assertThat(m).contains(scheme));
    }
    List<Map<String, Object>> overdue = response.path("warnings.edges[?(@.node.kind == 'SHIPMENT_OVERDUE')].node")
        .entityList(mapType()).get();
    // SHP-2026-0048 left Mỹ Tho for Hà Nội on 2026-04-22 and never arrived.
    assertThat(overdue).anySatisfy(w -> {
      assertThat(w.get("organization")).isEqualTo(Map.of("gln", "8938535000009"));
      assertThat((String) w.get("message")).contains("Xưởng sấy trái cây Tiền Giang Xanh", "has not arrived");
      assertThat((List<?>) w.get("subjects")).first().extracting(s -> ((Map<?, ?>) s).get("__typename")).isEqualTo("Shipment");
    });
    List<String> raised = response.path("warnings.edges[*].node.raisedAt").entityList(String.class).get();
    assertThat(raised).isSortedAccordingTo((a, b) -> java.time.OffsetDateTime.parse(b).compareTo(java.time.OffsetDateTime.parse(a)));
  }

  @Test
  void producersSeeOnlyWhatTheirOrganisationShouldActOn() {
    var response = graphQlWithKey(PRODUCER_KEY).document(WARNINGS).execute();
    response.errors().verify();
    assertThat(response.path("warnings.edges[*].node.organization.gln").entityList(String.class).get())
        .containsOnly(FLAGSHIP_MAKER_GLN);
    graphQl.document(WARNINGS).execute().errors()
        .expect(e -> "UNAUTHENTICATED".equals(e.getExtensions().get("code"))).verify();
  }

  @Test
  void aStampScannedImplausiblyOftenRaisesOneWarningForTheBrandOwner() {
    String serial = "CLONE" + System.nanoTime();
    for (int i = 0; i < 50; i++) {
      http().get().uri("/01/{g}/10/{l}/21/{s}", FLAGSHIP_GTIN, FLAGSHIP_LOT, serial).exchange().expectStatus().is3xxRedirection();
    }
    var response = graphQlWithKey(PRODUCER_KEY).document(WARNINGS).variable("kinds", List.of("STAMP_SCANNED_OFTEN")).execute();
    response.errors().verify();
    List<String> messages = response.path("warnings.edges[*].node.message").entityList(String.class).get();
    assertThat(messages.stream().filter(m -> m.contains(serial))).singleElement()
        .satisfies(m -> assertThat(m).contains("50 times", "24 hours"));
    http().get().uri("/01/{g}/10/{l}/21/{s}", FLAGSHIP_GTIN, FLAGSHIP_LOT, serial).exchange();
    assertThat(graphQlWithKey(READER_KEY).document(WARNINGS).variable("kinds", List.of("STAMP_SCANNED_OFTEN")).execute()
        .path("warnings.edges[*].node.message").entityList(String.class).get().stream().filter(m -> m.contains(serial)))
        .hasSize(1);
  }

  @Test
  void sinceNarrowsToRecentWarnings() {
    graphQlWithKey(READER_KEY).document("""
        { warnings(kinds: [SHIPMENT_OVERDUE], since: "2999-01-01T00:00:00Z") { totalCount edges { node { id } } } }""")
        .execute().errors().verify()
        .path("warnings.totalCount").entity(Integer.class).isEqualTo(0);
  }

  @SuppressWarnings("unchecked")
  private static Class<Map<String, Object>> mapType() {
    return (Class<Map<String, Object>>) (Class<?>) Map.class;
  }
}
