package org.origingraph.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.origingraph.IntegrationTest;

/** completeness(filter): per product group, what Circular 02/2024 fields are missing; regulators only. */
class CompletenessIntegrationTests extends IntegrationTest {

  private static final String REPORT = """
      query($filter: CompletenessFilter, $first: Int) { completeness(filter: $filter, first: $first) {
        totalCount pageInfo { hasNextPage endCursor } groups { group products incomplete }
        edges { node { product { gtin } group complete productMissing organizationMissing batchMissing organization { gln } } } } }""";

  @Test
  void theProductWithoutImagesIsReportedInItsGroup() {
    var response = graphQlWithKey(READER_KEY).document(REPORT)
        .variable("filter", Map.of("group", "CONFECTIONERY", "incompleteOnly", true)).variable("first", 50).execute();
    response.errors().verify();
    List<Map<String, Object>> rows = response.path("completeness.edges[*].node").entityList(mapType()).get();
    assertThat(rows).anySatisfy(r -> {
      assertThat(r.get("product")).isEqualTo(Map.of("gtin", "08938535000047"));
      assertThat(r.get("productMissing")).isEqualTo(List.of("PRODUCT_IMAGES"));
      assertThat(r.get("complete")).isEqualTo(false);
    });
    assertThat(rows).allSatisfy(r -> assertThat(r.get("group")).isEqualTo("CONFECTIONERY"));
    assertThat(rows).noneSatisfy(r -> assertThat(r.get("product")).isEqualTo(Map.of("gtin", FLAGSHIP_GTIN)));
    List<Map<String, Object>> groups = response.path("completeness.groups").entityList(mapType()).get();
    assertThat(groups).hasSize(9).contains(Map.of("group", "CONFECTIONERY", "products", rows.size(), "incomplete", rows.size()));
  }

  @Test
  void allProductsArePagedInGroupOrder() {
    var response = graphQlWithKey(ADMIN_KEY).document(REPORT).variable("first", 100).execute();
    response.errors().verify();
    List<String> groups = response.path("completeness.edges[*].node.group").entityList(String.class).get();
    List<String> order = List.of("BEER", "ALCOHOLIC_DRINKS", "SOFT_DRINKS", "PROCESSED_MILK", "VEGETABLE_OIL",
        "FLOUR_AND_STARCH", "CONFECTIONERY", "FOOD_PACKAGING", "OTHER");
    assertThat(groups).isSortedAccordingTo((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)));
    int total = response.path("completeness.totalCount").entity(Integer.class).get();
    assertThat(groups).hasSize(Math.min(total, 100));
    graphQlWithKey(ADMIN_KEY).document(REPORT).variable("filter", Map.of("organization", "8938535000009")).execute()
        .errors().verify().path("completeness.totalCount").entity(Integer.class).isEqualTo(4);
  }

  @Test
  void onlyRegulatorsMayReadIt() {
    graphQlWithKey(PRODUCER_KEY).document(REPORT).execute().errors()
        .expect(e -> "FORBIDDEN".equals(e.getExtensions().get("code"))).verify();
    graphQlWithKey(IMPORTER_KEY).document(REPORT).execute().errors()
        .expect(e -> "FORBIDDEN".equals(e.getExtensions().get("code"))).verify();
    graphQl.document(REPORT).execute().errors()
        .expect(e -> "UNAUTHENTICATED".equals(e.getExtensions().get("code"))).verify();
    graphQlWithKey(READER_KEY).document(REPORT).variable("filter", Map.of("organization", "123")).execute().errors()
        .expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))).verify();
  }

  @SuppressWarnings("unchecked")
  private static Class<Map<String, Object>> mapType() {
    return (Class<Map<String, Object>>) (Class<?>) Map.class;
  }
}
