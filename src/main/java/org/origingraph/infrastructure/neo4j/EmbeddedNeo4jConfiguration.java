package org.origingraph.infrastructure.neo4j;

import java.net.URI;
import java.time.Duration;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded Neo4j and points Spring Boot's driver at it.
 *
 * <p>Active unless {@code spring.neo4j.uri} is set or {@code origin.neo4j.embedded.enabled=false}.
 * Supplying a {@link Neo4jConnectionDetails} bean makes Boot's own Neo4j auto-configuration use it
 * instead of {@code spring.neo4j.*} properties, so the driver, transactions, health check and metrics
 * are the same objects in both modes.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
class EmbeddedNeo4jConfiguration {

  /**
   * @param transactionTimeout {@code origin.neo4j.transaction-timeout}: the database's own limit on
   *     every transaction; Spring's transaction manager gets the same default
   *     ({@code spring.transaction.default-timeout} in application.yml)
   */
  @Bean(destroyMethod = "close")
  EmbeddedNeo4jServer embeddedNeo4jServer(
      EmbeddedNeo4jProperties properties, @Value("${origin.neo4j.transaction-timeout:30s}") Duration transactionTimeout) {
    return EmbeddedNeo4jServer.start(properties, transactionTimeout);
  }

  @Bean
  Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4jServer server) {
    return new Neo4jConnectionDetails() {
      @Override
      public URI getUri() {
        return server.boltUri();
      }

      @Override
      public AuthToken getAuthToken() {
        return AuthTokens.none();
      }
    };
  }
}
