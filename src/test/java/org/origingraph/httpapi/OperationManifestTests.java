package org.origingraph.httpapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OperationManifestTests {

  private static final String STORY = "query Story($gtin: String!) { product(gtin: $gtin) { name } }\n";

  @Test
  void findsAnOperationByNameByHashAndByText() {
    OperationManifest manifest = new OperationManifest(Map.of("Story.graphql", STORY));
    String hash = OperationManifest.sha256(STORY);
    assertThat(manifest.find("Story")).map(OperationManifest.Operation::text).contains(STORY);
    assertThat(manifest.find(hash)).map(OperationManifest.Operation::id).contains("Story");
    assertThat(manifest.find("sha256:" + hash.toUpperCase())).map(OperationManifest.Operation::id).contains("Story");
    assertThat(manifest.byText("  " + STORY.strip() + "\n\n")).isPresent();
    assertThat(manifest.find("Other")).isEmpty();
  }

  @Test
  void theShippedManifestHoldsTheConsumerOperations() {
    OperationManifest manifest = OperationManifest.load("classpath*:graphql-operations/*.graphql");
    List<String> ids = new java.util.ArrayList<>();
    manifest.operations().forEach(o -> ids.add(o.id()));
    assertThat(ids).contains("ConsumerStory", "ProductStories", "Provenance");
  }

  @Test
  void aFileWithoutExactlyOneNamedOperationIsRefused() {
    assertThatThrownBy(() -> new OperationManifest(Map.of("anon.graphql", "{ product(gtin: \"1\") { name } }")))
        .hasMessageContaining("anon.graphql");
    assertThatThrownBy(() -> new OperationManifest(Map.of("two.graphql", "query A { a } query B { b }")))
        .hasMessageContaining("two.graphql");
  }

  @Test
  void twoOperationsWithOneNameAreRefused() {
    assertThatThrownBy(() -> new OperationManifest(Map.of("a.graphql", STORY, "b.graphql", STORY + "# copy\n")))
        .hasMessageContaining("Story");
  }

  @Test
  void ifNoneMatchComparesWeaklyAndAcceptsAnyOfAList() {
    String etag = GraphQlGetHandler.etag("{\"data\":{}}".getBytes());
    assertThat(GraphQlGetHandler.matches(List.of("\"x\", W/" + etag), etag)).isTrue();
    assertThat(GraphQlGetHandler.matches(List.of("*"), etag)).isTrue();
    assertThat(GraphQlGetHandler.matches(List.of("\"x\"", "\"y\""), etag)).isFalse();
    assertThat(GraphQlGetHandler.matches(List.of(), etag)).isFalse();
    assertThat(GraphQlGetHandler.etag("{\"data\":{}}".getBytes())).isEqualTo(etag);
    assertThat(GraphQlGetHandler.etag("{\"data\":null}".getBytes())).isNotEqualTo(etag);
  }
}
