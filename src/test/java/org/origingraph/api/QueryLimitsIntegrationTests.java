package org.origingraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.origingraph.IntegrationTest;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The GraphQL abuse probes are refused before anything runs, each naming the limit it broke, and the
 * budget depends on the caller's role.
 */
class QueryLimitsIntegrationTests extends IntegrationTest {

  private static final String WALK = "provenance(gtin: \"" + FLAGSHIP_GTIN + "\", lot: \"" + FLAGSHIP_LOT + "\")";

  @Test
  void aHundredProvenanceAliasesAreRefusedByTheAliasLimit() {
    var response = graphQl.document(aliased(100, WALK + " { tiers nodes { __typename } }")).execute();
    assertRefused(response, "aliases", 100, 30).path("a0").pathDoesNotExist();
  }

  @Test
  void aThousandTypenameAliasesAreRefused() {
    var response = graphQl.document(aliased(1000, "__typename")).execute();
    assertRefused(response, "aliases", 1000, 30).path("a0").pathDoesNotExist();
  }

  @Test
  void aliasesUpToTheLimitAreAnswered() {
    graphQl.document(aliased(30, "__typename")).execute().path("a29").entity(String.class).isEqualTo("Query");
  }

  @Test
  void thirteenProvenanceWalksAreOverThePublicBudget() {
    // 13 × (provenance 4000 + tiers 1) = 52013, over PUBLIC's 50000
    String walks = aliased(13, WALK + " { tiers }");
    assertRefused(graphQl.document(walks).execute(), "cost", 52013, 50000).path("a0").pathDoesNotExist();
  }

  @Test
  void bigPagesCountAgainstTheBudgetAndLargerRolesHaveLargerBudgets() {
    String pages = "{ products(first: 100) { edges { node { batches(first: 100) { edges { node { "
        + "id gtin lot producedAt expiresAt } } } } } } }";
    // products 10 + edges 1 + 100 × (node 1 + batches 1 + edges 1 + 100 × (node 1 + 5 fields))
    assertRefused(graphQl.document(pages).execute(), "cost", 60311, 50000).path("products").pathDoesNotExist();

    graphQlWithKey(PRODUCER_KEY).document(pages).execute().errors().verify()
        .path("products.edges").entityList(Object.class).hasSizeGreaterThan(1);
  }

  @Test
  void tooDeepAQueryNamesTheDepthLimit() {
    String nested = "operator { facilities { ".repeat(10) + "gln" + " } }".repeat(10);
    var response = graphQl.document("{ facility(gln: \"8938513000106\") { " + nested + " } }").execute();
    response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.getExtensions()).containsEntry("code", "QUERY_TOO_COMPLEX").containsEntry("limit", "depth")
          .containsEntry("maximum", 15);
    }));
  }

  private static String aliased(int count, String field) {
    return IntStream.range(0, count).mapToObj(i -> "a" + i + ": " + field).collect(Collectors.joining(" ", "{ ", " }"));
  }

  private static GraphQlTester.Traversable assertRefused(GraphQlTester.Response response, String limit, long actual, long maximum) {
    return response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies((ResponseError e) -> {
      Map<String, Object> extensions = e.getExtensions();
      assertThat(extensions).containsEntry("code", "QUERY_TOO_COMPLEX").containsEntry("limit", limit);
      assertThat(((Number) extensions.get("actual")).longValue()).isEqualTo(actual);
      assertThat(((Number) extensions.get("maximum")).longValue()).isEqualTo(maximum);
      assertThat(e.getMessage()).contains(Long.toString(maximum));
    }));
  }
}
