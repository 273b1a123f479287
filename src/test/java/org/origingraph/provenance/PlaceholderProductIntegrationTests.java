package org.origingraph.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.origingraph.IntegrationTest;
import org.origingraph.gs1.CheckDigit;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;

/**
 * A GTIN that EPCIS capture meets before anyone registered it becomes a placeholder product: searchable
 * at once, not {@code registered}, and completed (not refused) by {@code registerProduct}.
 */
class PlaceholderProductIntegrationTests extends IntegrationTest {

  /** The demo coconut farm, in the region Bến Tre. */
  private static final String BEN_TRE_FARM = "urn:epc:id:sgln:8938513.00010.0";
  private static final String OTHER_FARM = "urn:epc:id:sgln:8935999.10009.0";

  /** An item reference (5 digits) no other test uses, and the GTIN-14 it makes with prefix 8935999. */
  private record NewGtin(String itemReference, String gtin) {
    static NewGtin fresh() {
      String reference = "7" + "%04d".formatted(ThreadLocalRandom.current().nextInt(10_000));
      return new NewGtin(reference, CheckDigit.append("0" + "8935999" + reference));
    }
  }

  private void commission(NewGtin product, String lot, String location) {
    String document = """
        {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
         "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-03-01T08:00:00Z",
         "epcisBody": {"eventList": [
           {"type": "ObjectEvent", "eventTime": "2026-02-20T07:00:00+07:00", "eventTimeZoneOffset": "+07:00", "action": "ADD",
            "epcList": [], "quantityList": [{"epcClass": "urn:epc:class:lgtin:8935999.0%s.%s", "quantity": 500, "uom": "KGM"}],
            "bizStep": "commissioning", "bizLocation": {"id": "%s"}, "ilmd": {"cbvmda:lotNumber": "%s"}}]}}"""
        .formatted(product.itemReference(), lot, location, lot);
    http().mutate().responseTimeout(Duration.ofSeconds(60)).build()
        .post().uri("/epcis/capture").header("X-API-Key", ADMIN_KEY).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(document).exchange().expectStatus().isAccepted();
  }

  private GraphQlTester.Response product(String gtin) {
    return graphQl.document("{ product(gtin: \"" + gtin + "\") { name group registered batches { edges { node { lot } } } } }")
        .execute();
  }

  private List<String> search(String text) {
    return graphQl.documentName("searchProducts").variable("text", text).variable("first", 100).execute()
        .errors().verify().path("products.edges[*].node.gtin").entityList(String.class).get();
  }

  private GraphQlTester.Response register(String gtin, String name) {
    return graphQlWithKey(CAPTURE_KEY).documentName("registerProduct").variable("input", Map.of(
        "gtin", gtin, "name", name, "group", "CONFECTIONERY", "originCountry", "VN")).execute();
  }

  @Test
  void aCapturedUnknownGtinIsAPlaceholderThatRegistrationCompletes() {
    NewGtin candy = NewGtin.fresh();
    commission(candy, "PH-1", OTHER_FARM);

    product(candy.gtin()).errors().verify()
        .path("product.registered").entity(Boolean.class).isEqualTo(false)
        .path("product.name").entity(String.class).isEqualTo("GTIN " + candy.gtin())
        .path("product.group").entity(String.class).isEqualTo("OTHER");
    assertThat(search(candy.gtin())).as("the placeholder is searchable at once").contains(candy.gtin());

    register(candy.gtin(), "Kẹo mè xửng thử nghiệm").errors().verify()
        .path("registerProduct.product.name").entity(String.class).isEqualTo("Kẹo mè xửng thử nghiệm");

    product(candy.gtin()).errors().verify()
        .path("product.registered").entity(Boolean.class).isEqualTo(true)
        .path("product.group").entity(String.class).isEqualTo("CONFECTIONERY")
        .path("product.batches.edges[*].node.lot").entityList(String.class).containsExactly("PH-1");
    assertThat(search("keo me xung thu nghiem")).containsExactly(candy.gtin());
  }

  @Test
  void aCompletedPlaceholderIsRegisteredAndRefusesASecondRegistration() {
    NewGtin candy = NewGtin.fresh();
    commission(candy, "PH-2", OTHER_FARM);
    register(candy.gtin(), "Kẹo lạc lần một").errors().verify();

    register(candy.gtin(), "Kẹo lạc lần hai").errors()
        .expect(e -> "input.gtin".equals(e.getExtensions().get("argument")) && e.getMessage().contains("already registered"))
        .verify();
    product(candy.gtin()).errors().verify().path("product.name").entity(String.class).isEqualTo("Kẹo lạc lần một");
  }

  @Test
  void aPlaceholderProducedInARegionIsFoundByTheRegionAtOnce() {
    NewGtin coconuts = NewGtin.fresh();
    assertThat(search("ben tre")).doesNotContain(coconuts.gtin());
    commission(coconuts, "PH-3", BEN_TRE_FARM);

    assertThat(search("ben tre")).contains(coconuts.gtin(), FLAGSHIP_GTIN);
  }

  @Test
  void registeredProductsSayTheyAreRegistered() {
    product(FLAGSHIP_GTIN).errors().verify().path("product.registered").entity(Boolean.class).isEqualTo(true);
  }
}
