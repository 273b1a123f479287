package org.origingraph.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.origingraph.IntegrationTest;
import org.origingraph.i18n.Collation;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Text search across diacritics and scripts, sorted by the reader's collation. */
class ProductSearchIntegrationTests extends IntegrationTest {

  private GraphQlTester.Response search(String text, String locale) {
    return graphQl.documentName("searchProducts").variable("text", text).variable("locale", locale)
        .variable("first", 100).execute();
  }

  private List<String> gtins(String text) {
    return search(text, null).errors().verify().path("products.edges[*].node.gtin").entityList(String.class).get();
  }

  @Test
  void benTreWithoutDiacriticsFindsTheBenTreCandy() {
    assertThat(gtins("ben tre")).contains(FLAGSHIP_GTIN, "08938512000039");
  }

  @Test
  void withAndWithoutDiacriticsFindTheSame() {
    assertThat(gtins("Bến Tre")).isEqualTo(gtins("ben tre")).isEqualTo(gtins("BEN TRE"));
    assertThat(gtins("dừa")).isEqualTo(gtins("dua")).contains(FLAGSHIP_GTIN, "08938515000036", "08938513000014");
  }

  @Test
  void dStrokeFoldsToD() {
    // "Đường" (sugar) is written with đ; a reader types "duong".
    assertThat(gtins("duong tinh luyen")).contains("08938517000010", "08938516000028")
        .isEqualTo(gtins("Đường tinh luyện")).doesNotContain(FLAGSHIP_GTIN);
  }

  @Test
  void everyWordMustMatchAtAWordStart() {
    assertThat(gtins("dua sau rieng")).contains(FLAGSHIP_GTIN).doesNotContain("08938512000039");
    assertThat(gtins("ua")).isEmpty(); // no word starts with "ua"; substring matches would be noise
  }

  @Test
  void productionRegionIsSearchable() {
    // The UHT milk's name says Mộc Châu; its farm lies in Sơn La, which only the region carries.
    assertThat(gtins("son la")).contains("08938520000021");
  }

  @Test
  void resultsAreSortedByTheLocalesCollation() {
    var names = search("dua", "vi").errors().verify().path("products.edges[*].node.name").entityList(String.class).get();
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(Collation.of("vi"));
    assertThat(names).hasSizeGreaterThan(3).isEqualTo(sorted);
  }

  @Test
  void textSearchPagesWithCursors() {
    var first = graphQl.documentName("searchProducts").variable("text", "dua").variable("first", 2).execute();
    int total = first.path("products.totalCount").entity(Integer.class).get();
    assertThat(total).isGreaterThan(2);
    first.path("products.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
    String cursor = first.path("products.pageInfo.endCursor").entity(String.class).get();
    var second = graphQl.documentName("searchProducts").variable("text", "dua").variable("first", 2)
        .variable("after", cursor).execute();
    List<String> page1 = first.path("products.edges[*].node.gtin").entityList(String.class).get();
    List<String> page2 = second.path("products.edges[*].node.gtin").entityList(String.class).get();
    assertThat(page2).isNotEmpty().doesNotContainAnyElementsOf(page1);
  }

  @Test
  void textWithoutLettersIsBadUserInput() {
    search("– –", null).errors().expect(error -> "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
        && "filter.text".equals(error.getExtensions().get("argument"))).verify();
  }

  @Test
  void registeredProductIsSearchableAtOnce() {
    graphQlWithKey(ADMIN_KEY).documentName("registerProduct").variable("input", java.util.Map.of(
            "gtin", "08938599000120", "name", "Bánh pía Sóc Trăng sầu riêng", "group", "CONFECTIONERY",
            "originCountry", "VN"))
        .execute().errors().verify();
    assertThat(gtins("banh pia soc trang")).containsExactly("08938599000120");
  }
}
