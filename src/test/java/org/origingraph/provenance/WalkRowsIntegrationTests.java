package org.origingraph.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.origingraph.IntegrationTest;
import org.origingraph.provenance.internal.WalkCache;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The nested fields of a provenance answer's nodes (product, facility and its operator, shipment
 * ends, certificates) are answered from the walk's own rows: no statement beyond the walk, and the
 * same objects as when each node is fetched alone, where they are batch-loaded.
 */
class WalkRowsIntegrationTests extends IntegrationTest {

  private static final String CERTIFICATES = "certificates { id scheme number issuer validFrom validTo status }";
  private static final String FACILITY = "gln name type country region address { street locality region postalCode country }"
      + " location { latitude longitude } operator { id gln name country roles " + CERTIFICATES + " } " + CERTIFICATES;
  private static final String BATCH = "gtin lot product { id gtin name brand group description originCountry images"
      + " standards shelfLifeDays netContent { value unit } } facility { " + FACILITY + " } " + CERTIFICATES;
  private static final String SHIPMENT = "origin { " + FACILITY + " } destination { " + FACILITY + " }";

  @Autowired
  private WalkCache cache;

  @Test
  void nestedFieldsOfWalkNodesCostNoStatementBeyondTheWalk() {
    cache.clear();
    var counted = statements.count(() -> walk().size());
    assertThat(counted.result()).isGreaterThan(10);
    assertThat(counted.statements()).isEqualTo(1);
  }

  @Test
  void nestedFieldsFromTheWalkEqualThoseOfEachNodeFetchedAlone() {
    cache.clear();
    List<Map<String, Object>> nodes = walk();
    int batches = 0;
    int shipments = 0;
    for (Map<String, Object> node : nodes) {
      if ("Batch".equals(node.get("__typename"))) {
        batches++;
        var alone = regulator().document("query b($gtin: String!, $lot: String!) { batch(gtin: $gtin, lot: $lot) { "
                + BATCH + " } }").variable("gtin", node.get("gtin")).variable("lot", node.get("lot")).execute();
        alone.errors().verify();
        Map<String, Object> expected = alone.path("batch").entity(Map.class).get();
        assertThat(undated(withoutType(node))).as("batch %s", node.get("lot")).isEqualTo(undated(expected));
      } else if ("Shipment".equals(node.get("__typename"))) {
        shipments++;
        var alone = regulator().document("query s($id: ID!) { node(id: $id) { ... on Shipment { id " + SHIPMENT
            + " } } }").variable("id", node.get("id")).execute();
        alone.errors().verify();
        Map<String, Object> expected = alone.path("node").entity(Map.class).get();
        assertThat(undated(withoutType(node))).as("shipment %s", node.get("id")).isEqualTo(undated(expected));
      }
    }
    assertThat(batches).isGreaterThan(3);
    assertThat(shipments).isGreaterThan(0);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> walk() {
    var response = regulator().document("query w($gtin: String!, $lot: String!) { provenance(gtin: $gtin, lot: $lot) {"
            + " nodes { __typename ... on Batch { " + BATCH + " } ... on Shipment { id " + SHIPMENT + " } } } }")
        .variable("gtin", FLAGSHIP_GTIN).variable("lot", FLAGSHIP_LOT).execute();
    response.errors().verify();
    return (List<Map<String, Object>>) (List<?>) response.path("provenance.nodes").entityList(Map.class).get();
  }

  /**
   * {@code value} without certificates' {@code status}: within a provenance answer a certificate is judged
   * on the day its lot (or the walk's root) was made, fetched alone on another day; the rest must agree.
   */
  @SuppressWarnings("unchecked")
  private static Object undated(Object value) {
    if (value instanceof Map<?, ?> map) {
      var copy = new java.util.LinkedHashMap<String, Object>();
      map.forEach((k, v) -> {
        if (!("status".equals(k) && map.containsKey("validTo"))) {
          copy.put((String) k, undated(v));
        }
      });
      return copy;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(WalkRowsIntegrationTests::undated).toList();
    }
    return value;
  }

  private static Map<String, Object> withoutType(Map<String, Object> node) {
    var copy = new java.util.LinkedHashMap<>(node);
    copy.remove("__typename");
    return copy;
  }

  private org.springframework.graphql.test.tester.HttpGraphQlTester regulator() {
    return graphQlWithKey(READER_KEY);
  }
}
