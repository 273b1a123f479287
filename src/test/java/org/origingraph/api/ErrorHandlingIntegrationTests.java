package org.origingraph.api;

import org.origingraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Every error carries a code; none carries internals. */
class ErrorHandlingIntegrationTests extends IntegrationTest {

  @Test
  void syntaxErrorIsParseFailed() {
    graphQl.document("{ product(gtin: ").execute().errors()
        .expect(e -> "GRAPHQL_PARSE_FAILED".equals(e.getExtensions().get("code"))).verify();
  }

  @Test
  void unknownFieldIsValidationFailed() {
    graphQl.document("{ product(gtin: \"08938512000015\") { password } }").execute().errors()
        .expect(e -> "GRAPHQL_VALIDATION_FAILED".equals(e.getExtensions().get("code"))).verify();
  }

  @Test
  void overlyDeepQueryIsTooComplex() {
    String nested = "operator { facilities { ".repeat(10) + "gln" + " } }".repeat(10);
    String deep = "{ facility(gln: \"8938513000106\") { " + nested + " } }";
    graphQl.document(deep).execute().errors()
        .expect(e -> "QUERY_TOO_COMPLEX".equals(e.getExtensions().get("code"))).verify();
  }

  @Test
  void errorBodiesNeverContainCypherOrStackTraces() {
    http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(java.util.Map.of("query", "{ provenance(gtin: \"0893851200001X\", lot: \"A\") { tiers } }"))
        .exchange().expectStatus().isOk()
        .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
            .contains("BAD_USER_INPUT")
            .doesNotContain("MATCH", "Exception", "\tat ", "org.neo4j", "org.origingraph"));
  }
}
