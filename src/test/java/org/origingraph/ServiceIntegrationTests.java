package org.origingraph;

import org.junit.jupiter.api.Test;

/** What an operator and a front-end developer see first. */
class ServiceIntegrationTests extends IntegrationTest {

  @Test
  void graphiqlIsServed() {
    http().get().uri("/graphiql?path=/graphql").exchange().expectStatus().isOk()
        .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body).containsIgnoringCase("graphiql"));
  }

  @Test
  void healthReportsUpWithTheDatabase() {
    http().get().uri("/actuator/health").exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.status").isEqualTo("UP");
  }

  @Test
  void schemaIsIntrospectable() {
    graphQl.document("{ __type(name: \"Provenance\") { description fields { name description } } }").execute()
        .path("__type.fields[*].name").entityList(String.class).contains("root", "nodes", "edges", "tiers");
  }
}
