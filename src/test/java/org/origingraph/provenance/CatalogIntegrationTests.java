package org.origingraph.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.origingraph.IntegrationTest;
import org.junit.jupiter.api.Test;

class CatalogIntegrationTests extends IntegrationTest {

  @Test
  void productIsFoundByGtin13AndGtin14Alike() {
    String query = "query($g: String!) { product(gtin: $g) { gtin name group originCountry standards owner { name country } } }";
    graphQl.document(query).variable("g", "8938512000015").execute()
        .path("product.gtin").entity(String.class).isEqualTo(FLAGSHIP_GTIN)
        .path("product.group").entity(String.class).isEqualTo("CONFECTIONERY")
        .path("product.owner.country").entity(String.class).isEqualTo("VN");
    graphQl.document(query).variable("g", FLAGSHIP_GTIN).execute()
        .path("product.gtin").entity(String.class).isEqualTo(FLAGSHIP_GTIN);
  }

  @Test
  void unknownProductIsNullButInvalidGtinIsAnError() {
    graphQl.document("{ product(gtin: \"08938599999998\") { name } }").execute().errors().verify()
        .path("product").valueIsNull();
    graphQl.document("{ product(gtin: \"12345\") { name } }").execute().errors().expect(e ->
        "BAD_USER_INPUT".equals(e.getExtensions().get("code")) && e.getMessage().contains("8, 12, 13 or 14 digits"))
        .verify();
  }

  @Test
  void everyMandatoryGroupHasAProduct() {
    for (String group : List.of("BEER", "ALCOHOLIC_DRINKS", "SOFT_DRINKS", "PROCESSED_MILK", "VEGETABLE_OIL",
        "FLOUR_AND_STARCH", "CONFECTIONERY", "FOOD_PACKAGING")) {
      var response = graphQl.document("query($g: ProductGroup) { products(filter: {group: $g}) { totalCount edges { node { group } } } }")
          .variable("g", group).execute();
      assertThat(response.path("products.totalCount").entity(Integer.class).get()).as(group).isPositive();
      assertThat(response.path("products.edges[*].node.group").entityList(String.class).get()).containsOnly(group);
    }
  }

  @Test
  void productsFilterByCountryOfOrigin() {
    var response = graphQl.document("{ products(filter: {country: \"au\"}) { totalCount edges { node { originCountry } } } }").execute();
    response.path("products.edges[*].node.originCountry").entityList(String.class).containsExactly("AU");
    graphQl.document("{ products(filter: {country: \"Vietnam\"}) { totalCount } }").execute().errors().expect(e ->
        "BAD_USER_INPUT".equals(e.getExtensions().get("code")) && "filter.country".equals(e.getExtensions().get("argument")))
        .verify();
  }

  @Test
  void pagingWithCursorsVisitsEveryProductOnce() {
    List<String> seen = new ArrayList<>();
    String after = null;
    int total;
    do {
      var page = graphQl.document("query($a: String) { products(first: 7, after: $a) { totalCount edges { cursor node { gtin } } pageInfo { hasNextPage endCursor } } }")
          .variable("a", after).execute();
      seen.addAll(page.path("products.edges[*].node.gtin").entityList(String.class).get());
      total = page.path("products.totalCount").entity(Integer.class).get();
      after = page.path("products.pageInfo.hasNextPage").entity(Boolean.class).get()
          ? page.path("products.pageInfo.endCursor").entity(String.class).get() : null;
    } while (after != null);
    assertThat(seen).hasSize(total).doesNotHaveDuplicates().isSorted();
  }

  @Test
  void pageArgumentsAreValidated() {
    graphQl.document("{ products(first: 101) { totalCount } }").execute().errors()
        .expect(e -> "first".equals(e.getExtensions().get("argument"))).verify();
    graphQl.document("{ products(after: \"not-a-cursor\") { totalCount } }").execute().errors()
        .expect(e -> "after".equals(e.getExtensions().get("argument"))).verify();
  }

  @Test
  void productBatchesArePagedNewestFirstWithRfc3339Times() {
    var response = graphQl.document("query($g: String!) { product(gtin: $g) { batches(first: 2) { totalCount edges { node { lot producedAt } } pageInfo { hasNextPage } } } }")
        .variable("g", FLAGSHIP_GTIN).execute();
    assertThat(response.path("product.batches.totalCount").entity(Integer.class).get()).isGreaterThanOrEqualTo(2);
    List<String> times = response.path("product.batches.edges[*].node.producedAt").entityList(String.class).get();
    assertThat(times).hasSize(2).allMatch(t -> t.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}"));
    assertThat(java.time.OffsetDateTime.parse(times.get(0))).isAfterOrEqualTo(java.time.OffsetDateTime.parse(times.get(1)));
  }

  @Test
  void batchShowsItsInputsFacilityAndCertificates() {
    var response = graphQl.document("""
        query($g: String!, $l: String!) { batch(gtin: $g, lot: $l) {
          lot expiresAt quantity { value unit }
          facility { name type location { latitude longitude } address { region country } operator { name roles } }
          inputs { batch { lot product { name } } quantity { value unit } }
          certificates { scheme status }
          shipments { reference origin { name } destination { country } items { batch { lot } } } } }""")
        .variable("g", FLAGSHIP_GTIN).variable("l", FLAGSHIP_LOT).execute();
    response.errors().verify();
    assertThat(response.path("batch.inputs").entityList(Object.class).get()).hasSizeGreaterThanOrEqualTo(2);
    double latitude = response.path("batch.facility.location.latitude").entity(Double.class).get();
    assertThat(latitude).isBetween(9.8, 10.4); // Bến Tre
    assertThat(response.path("batch.certificates[*].scheme").entityList(String.class).get()).contains("Halal");
    assertThat(Set.copyOf(response.path("batch.shipments[*].destination.country").entityList(String.class).get()))
        .contains("JP", "SA");
  }

  @Test
  void facilityByGlnWithItsExpiredCertificate() {
    graphQl.document("{ facility(gln: \"8938513000106\") { name country region operator { name facilities { gln } } certificates { scheme status validTo } } }")
        .execute()
        .path("facility.region").entity(String.class).isEqualTo("Bến Tre")
        .path("facility.certificates[?(@.scheme == 'VietGAP')].status").entityList(String.class).containsExactly("EXPIRED")
        .path("facility.operator.facilities[*].gln").entityList(String.class).contains("8938513000106");
    graphQl.document("{ facility(gln: \"8938513000107\") { name } }").execute().errors()
        .expect(e -> "gln".equals(e.getExtensions().get("argument")) && e.getMessage().contains("should be 6")).verify();
  }

  @Test
  void everyNodeOfAProvenanceCanBeFetchedAgainByItsId() {
    var ids = graphQl.document("query($g: String!, $l: String!) { provenance(gtin: $g, lot: $l) { nodes { id __typename } } }")
        .variable("g", FLAGSHIP_GTIN).variable("l", FLAGSHIP_LOT).execute()
        .path("provenance.nodes[*].id").entityList(String.class).get();
    var types = graphQl.document("query($g: String!, $l: String!) { provenance(gtin: $g, lot: $l) { nodes { __typename } } }")
        .variable("g", FLAGSHIP_GTIN).variable("l", FLAGSHIP_LOT).execute()
        .path("provenance.nodes[*].__typename").entityList(String.class).get();
    for (String type : Set.copyOf(types)) {
      String id = ids.get(types.indexOf(type));
      graphQl.document("query($id: ID!) { node(id: $id) { id __typename } }").variable("id", id).execute()
          .path("node.id").entity(String.class).isEqualTo(id)
          .path("node.__typename").entity(String.class).isEqualTo(type);
    }
  }

  @Test
  void malformedNodeIdIsBadUserInputAndUnknownIsNull() {
    graphQl.document("{ node(id: \"%%%\") { id } }").execute().errors()
        .expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code")) && "id".equals(e.getExtensions().get("argument")))
        .verify();
    String unknown = org.origingraph.api.GlobalId.encode("Facility", "8938599999998");
    graphQl.document("query($id: ID!) { node(id: $id) { id } }").variable("id", unknown).execute().errors().verify()
        .path("node").valueIsNull();
  }
}
