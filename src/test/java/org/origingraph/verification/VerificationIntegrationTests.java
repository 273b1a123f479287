package org.origingraph.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.origingraph.IntegrationTest;
import org.springframework.graphql.test.tester.GraphQlTester;

/** The demo's faulty chains fail or warn with the right codes; the flagship passes. */
class VerificationIntegrationTests extends IntegrationTest {

  private static final String QUERY = """
      query($g: String!, $l: String!, $locale: String) { batch(gtin: $g, lot: $l) {
        verification { status findingCount truncated
          findings { code severity field message(locale: $locale) subjects { __typename id } } } } }""";

  private GraphQlTester.Response verify(String gtin, String lot, String locale) {
    return graphQlWithKey(READER_KEY).document(QUERY).variable("g", gtin).variable("l", lot).variable("locale", locale)
        .execute();
  }

  private List<String> codes(GraphQlTester.Response response) {
    return response.path("batch.verification.findings[*].code").entityList(String.class).get();
  }

  @Test
  void flagshipPassesEveryCheck() {
    var response = verify(FLAGSHIP_GTIN, FLAGSHIP_LOT, "en");
    response.errors().verify();
    assertThat(codes(response)).isEmpty();
    response.path("batch.verification.status").entity(String.class).isEqualTo("PASSED");
    response.path("batch.verification.truncated").entity(Boolean.class).isEqualTo(false);
  }

  @Test
  void overConsumptionFails() {
    var response = verify("08938535000023", "TGX-MSG-2603-03", "en");
    response.errors().verify();
    response.path("batch.verification.status").entity(String.class).isEqualTo("FAILED");
    assertThat(codes(response)).containsExactly("OVER_CONSUMPTION");
    assertThat(response.path("batch.verification.findings[0].message").entity(String.class).get())
        .contains("6,500", "TGX-MIT-2603-02", "5,000");
  }

  @Test
  void implausiblyFastTruckWarns() {
    var response = verify("08938535000023", "TGX-MSG-2603-17", "vi");
    response.errors().verify();
    response.path("batch.verification.status").entity(String.class).isEqualTo("WARNINGS");
    assertThat(codes(response)).containsExactly("TRANSIT_IMPLAUSIBLE");
    assertThat(response.path("batch.verification.findings[0].message").entity(String.class).get()).contains("Chuyến hàng");
    assertThat(response.path("batch.verification.findings[0].subjects[*].__typename").entityList(String.class).get())
        .containsExactly("Shipment", "Facility", "Facility");
  }

  @Test
  void certificateLapsedBeforeProductionFails() {
    var response = verify("08938535000030", "TGX-XOAI-2604-08", "ja");
    response.errors().verify();
    response.path("batch.verification.status").entity(String.class).isEqualTo("FAILED");
    assertThat(codes(response)).containsExactly("CERTIFICATE_NOT_VALID");
    assertThat(response.path("batch.verification.findings[0].message").entity(String.class).get())
        .contains("VietGAP", "2025-12-31", "2026-04-08", "認証");
  }

  @Test
  void productWithoutImagesWarnsNamingTheField() {
    var response = verify("08938535000047", "TGX-XSD-2604-20", "fr");
    response.errors().verify();
    response.path("batch.verification.status").entity(String.class).isEqualTo("WARNINGS");
    assertThat(codes(response)).containsExactly("RECORD_INCOMPLETE");
    response.path("batch.verification.findings[0].field").entity(String.class).isEqualTo("PRODUCT_IMAGES");
    assertThat(response.path("batch.verification.findings[0].message").entity(String.class).get()).contains("images du produit");
  }

  @Test
  void anonymousReadersSeeTheVerdictButNotTheFindings() {
    var response = graphQl.document(QUERY).variable("g", "08938535000023").variable("l", "TGX-MSG-2603-03")
        .variable("locale", "en").execute();
    response.errors().verify();
    response.path("batch.verification.status").entity(String.class).isEqualTo("FAILED");
    response.path("batch.verification.findingCount").entity(Integer.class).isEqualTo(1);
    response.path("batch.verification.findings").valueIsNull();
  }

  @Test
  void theProducerOfTheFlagshipReadsItsFindings() {
    graphQlWithKey(PRODUCER_KEY).document(QUERY).variable("g", FLAGSHIP_GTIN).variable("l", FLAGSHIP_LOT)
        .variable("locale", "en").execute().errors().verify()
        .path("batch.verification.findings").entityList(Object.class).hasSize(0);
  }

  @Test
  void provenanceVerificationJudgesTheWalkAsAskedEvenAsAnOverview() {
    graphQlWithKey(READER_KEY).document("""
        { provenance(gtin: "08938535000023", lot: "TGX-MSG-2603-03", direction: UPSTREAM) {
            summary { batches } verification { status findings { code } } } }""")
        .execute().errors().verify()
        .path("provenance.verification.status").entity(String.class).isEqualTo("FAILED")
        .path("provenance.verification.findings[*].code").entityList(String.class).containsExactly("OVER_CONSUMPTION");
  }

  @Test
  void certificateBesideABatchIsJudgedOnTheBatchsDay() {
    graphQl.document("""
        { batch(gtin: "08938513000014", lot: "MCN-DK-2602-20") { facility { certificates { scheme status } } }
          march: batch(gtin: "08938512000015", lot: "BT-2026-031") { certificates { scheme status } } }""")
        .execute().errors().verify()
        .path("march.certificates[?(@.scheme == 'Halal')].status").entityList(String.class).containsExactly("VALID");
  }
}
