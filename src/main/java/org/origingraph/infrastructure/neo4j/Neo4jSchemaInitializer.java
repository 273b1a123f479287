package org.origingraph.infrastructure.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Creates the unique constraints and indexes listed in {@code db/schema.cypher}.
 *
 * <p>Runs first among the start-up runners so that the demo data loader and the first request find
 * the constraints in place. The statements are {@code IF NOT EXISTS}, so running them again against a
 * kept data directory or a shared external database is harmless.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class Neo4jSchemaInitializer implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(Neo4jSchemaInitializer.class);

  private final Neo4jClient neo4j;

  Neo4jSchemaInitializer(Neo4jClient neo4j) {
    this.neo4j = neo4j;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> statements = statements();
    statements.forEach(statement -> neo4j.query(statement).run());
    log.info("Neo4j schema ensured ({} constraints and indexes)", statements.size());
  }

  static List<String> statements() {
    String script;
    try {
      script = new ClassPathResource("db/schema.cypher").getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("db/schema.cypher is missing from the classpath", e);
    }
    String withoutComments = script.lines().filter(line -> !line.strip().startsWith("//")).reduce("", (a, b) -> a + "\n" + b);
    return Arrays.stream(withoutComments.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
