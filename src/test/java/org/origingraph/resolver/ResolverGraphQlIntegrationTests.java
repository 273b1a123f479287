package org.origingraph.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.origingraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

class ResolverGraphQlIntegrationTests extends IntegrationTest {

  /** origin.resolver.base-url is unset in the tests: links are on the host the request reached. */
  private String id() {
    return url("");
  }

  private String batchLink() {
    return id() + "/01/" + FLAGSHIP_GTIN + "/10/" + FLAGSHIP_LOT;
  }

  private GraphQlTester.Response resolve(String digitalLink) {
    return graphQl.documentName("resolve").variable("digitalLink", digitalLink).execute();
  }

  @Test
  void resolvesALotFromAnyDomain() {
    var response = resolve("https://brand.example.vn/qr/01/" + FLAGSHIP_GTIN + "/10/" + FLAGSHIP_LOT + "?17=270302");
    response.errors().verify();
    response.path("resolve.__typename").entity(String.class).isEqualTo("Batch");
    response.path("resolve.lot").entity(String.class).isEqualTo(FLAGSHIP_LOT);
    response.path("resolve.digitalLink").entity(String.class).isEqualTo(batchLink());
    response.path("resolve.product.gtin").entity(String.class).isEqualTo(FLAGSHIP_GTIN);
  }

  @Test
  void resolvesAProductWrittenAsGtin13() {
    var response = resolve("/01/" + FLAGSHIP_GTIN.substring(1));
    response.path("resolve.__typename").entity(String.class).isEqualTo("Product");
    response.path("resolve.digitalLink").entity(String.class).isEqualTo(id() + "/01/" + FLAGSHIP_GTIN);
  }

  @Test
  void resolvesASerialisedItemWithItsLot() {
    var response = resolve(batchLink() + "/21/SN-0042");
    response.errors().verify();
    response.path("resolve.__typename").entity(String.class).isEqualTo("SerializedItem");
    response.path("resolve.serial").entity(String.class).isEqualTo("SN-0042");
    response.path("resolve.digitalLink").entity(String.class).isEqualTo(batchLink() + "/21/SN-0042");
    response.path("resolve.batch.digitalLink").entity(String.class).isEqualTo(batchLink());
    response.path("resolve.product.digitalLink").entity(String.class).isEqualTo(id() + "/01/" + FLAGSHIP_GTIN);
  }

  @Test
  void resolvesLocationsPartiesAndLogisticUnits() {
    resolve("/414/8938512000107").path("resolve.__typename").entity(String.class).isEqualTo("Facility");
    resolve("/417/8938512000008").path("resolve.gln").entity(String.class).isEqualTo("8938512000008");
    // An SSCC is not public: anonymously it resolves to nothing, as an unknown one would; a regulator
    // reads the shipment and its reference.
    resolve("/00/389385222600000172").path("resolve").valueIsNull();
    graphQlWithKey(READER_KEY).documentName("resolve").variable("digitalLink", "/00/389385222600000172").execute()
        .path("resolve.reference").entity(String.class).isEqualTo("SHP-2025-0001");
  }

  @Test
  void resolvesEpcUrnsAsEpcisEventsWriteThem() {
    var lot = resolve("urn:epc:class:lgtin:8938512.000001." + FLAGSHIP_LOT);
    lot.path("resolve.__typename").entity(String.class).isEqualTo("Batch");
    lot.path("resolve.digitalLink").entity(String.class).isEqualTo(batchLink());
    resolve("urn:epc:id:sgln:8938512.00010.0").path("resolve.gln").entity(String.class).isEqualTo("8938512000107");
    resolve("urn:epc:id:sgln:8938512.00010.dock7").path("resolve.gln").entity(String.class).isEqualTo("8938512000107");
    resolve("urn:epc:idpat:sgtin:8938512.000001.*").path("resolve.__typename").entity(String.class).isEqualTo("Product");
    resolve("urn:epc:id:sgtin:8938512.000001").errors().satisfy(errors -> assertThat(errors).singleElement()
        .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")));
  }

  @Test
  void anUnknownItemIsNull() {
    var response = resolve("/01/" + FLAGSHIP_GTIN + "/10/NO-SUCH-LOT");
    response.errors().verify();
    response.path("resolve").valueIsNull();
  }

  @Test
  void aWrongCheckDigitIsBadUserInputWithTheExpectedDigit() {
    resolve(id() + "/01/08938512000019/10/" + FLAGSHIP_LOT).errors().satisfy(errors -> assertThat(errors).singleElement()
        .satisfies(error -> {
          assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT").containsEntry("argument", "digitalLink");
          assertThat(error.getMessage()).contains("GTIN '08938512000019'", "should be 5");
        }));
  }

  @Test
  void aWrongCheckDigitInAnyGtinArgumentIsBadUserInputToo() {
    graphQl.documentName("digitalLinks").variable("gtin", "08938512000011").variable("lot", FLAGSHIP_LOT).execute()
        .errors().satisfy(errors -> assertThat(errors).isNotEmpty().allSatisfy(error -> {
          assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT").containsEntry("argument", "gtin");
          assertThat(error.getMessage()).contains("should be 5");
        }));
  }

  @Test
  void productsAndBatchesGiveTheirCanonicalLinks() {
    var response = graphQl.documentName("digitalLinks").variable("gtin", FLAGSHIP_GTIN).variable("lot", FLAGSHIP_LOT).execute();
    response.errors().verify();
    response.path("product.digitalLink").entity(String.class).isEqualTo(id() + "/01/" + FLAGSHIP_GTIN);
    response.path("batch.digitalLink").entity(String.class).isEqualTo(batchLink());
    List<String> links = response.path("product.batches.edges[*].node.digitalLink").entityList(String.class).get();
    List<String> lots = response.path("product.batches.edges[*].node.lot").entityList(String.class).get();
    assertThat(links).hasSameSizeAs(lots).isNotEmpty();
    for (int i = 0; i < lots.size(); i++) {
      assertThat(links.get(i)).isEqualTo(id() + "/01/" + FLAGSHIP_GTIN + "/10/" + lots.get(i));
    }
  }
}
