package org.origingraph.infrastructure.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** When the database is embedded: by default, not when switched off, never beside an external server. */
class EmbeddedNeo4jConditionTests {

  @Configuration
  static class Embedding {
    @Bean
    @Conditional(EmbeddedNeo4jCondition.class)
    String embedded() {
      return "embedded";
    }
  }

  private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Embedding.class);

  @Test
  void embedsByDefault() {
    runner.run(context -> assertThat(context).hasBean("embedded"));
  }

  @Test
  void doesNotEmbedWhenSwitchedOff() {
    runner.withPropertyValues("origin.neo4j.embedded.enabled=false").run(context -> assertThat(context).doesNotHaveBean("embedded"));
    runner.withPropertyValues("origin.neo4j.embedded.enabled=true").run(context -> assertThat(context).hasBean("embedded"));
  }

  @Test
  void doesNotEmbedBesideAnExternalServer() {
    runner.withPropertyValues("spring.neo4j.uri=bolt://db.example:7687").run(context -> assertThat(context).doesNotHaveBean("embedded"));
  }
}
