package org.origingraph.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;
import org.origingraph.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/** The weights of the cost model, on the real schema: what a client can count on when it plans a query. */
class QueryCostIntegrationTests extends IntegrationTest {

  @Autowired
  GraphQlSource graphQl;

  @Autowired
  QueryLimitsConfiguration.QueryLimits limits;

  @Test
  void scalarsAndObjectsCostOneEach() {
    assertThat(cost("{ product(gtin: \"08938512000015\") { name brand } }")).isEqualTo(3);
  }

  @Test
  void typenameIsFree() {
    assertThat(cost("{ __typename product(gtin: \"08938512000015\") { __typename } }")).isEqualTo(1);
  }

  @Test
  void aProvenanceWalkCostsItsConfiguredWeight() {
    assertThat(cost("{ provenance(gtin: \"08938512000015\", lot: \"BT-2026-031\") { tiers } }")).isEqualTo(4001);
  }

  @Test
  void connectionItemsAreMultipliedByFirst() {
    // products 10, edges 1 + 5 × (node 1 + gtin 1 + name 1)
    assertThat(cost("{ products(first: 5) { edges { node { gtin name } } } }")).isEqualTo(26);
  }

  @Test
  void connectionWithoutFirstCountsTheDefaultPageSize() {
    assertThat(cost("{ products { edges { node { gtin } } } }")).isEqualTo(10 + 1 + 20 * 2);
  }

  @Test
  void firstFromAVariableCounts() {
    Document document = Parser.parse("query($n: Int) { products(first: $n) { edges { node { gtin } } } }");
    long cost = new QueryCost(limits.cost()).of(graphQl.schema(), document, null, CoercedVariables.of(Map.of("n", 50)));
    assertThat(cost).isEqualTo(10 + 1 + 50 * 2);
  }

  @Test
  void listsWithoutFirstCountTheirDeclaredMaximumAndTheDearestType() {
    // nodes: 1 + 200 × (id on every node: 1, plus the dearest fragment: Shipment's 2)
    assertThat(cost("{ provenance(gtin: \"08938512000015\", lot: \"BT-2026-031\") { nodes { id ... on Batch { lot } "
        + "... on Shipment { reference departedAt } } } }")).isEqualTo(4000 + 1 + 200 * 3);
  }

  @Test
  void nestedPagesMultiplyAndNeverOverflow() {
    String page = "batches(first: 100) { edges { node { product { %s } } } }";
    String nested = "{ products(first: 100) { edges { node { " + page.formatted(page.formatted(page.formatted("name")))
        + " } } } }";
    assertThat(cost(nested)).isGreaterThan(100L * 100 * 100 * 100);
    assertThat(cost(nested.replace("100", "100000"))).isGreaterThan(1L << 60);
  }

  private long cost(String query) {
    return new QueryCost(limits.cost()).of(graphQl.schema(), Parser.parse(query), null, CoercedVariables.emptyVariables());
  }
}
