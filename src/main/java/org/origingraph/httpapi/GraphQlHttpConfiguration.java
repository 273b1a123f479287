package org.origingraph.httpapi;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires GraphQL over HTTP for front-ends: the GET route (ahead of Spring Boot's GraphQL route, which
 * would answer GET with 405), the persisted-document provider of the GraphQL source, the response
 * cache and the CORS source Spring Security's {@code cors()} picks up by its bean name.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlHttpProperties.class)
class GraphQlHttpConfiguration {

  @Bean
  OperationManifest operationManifest(GraphQlHttpProperties properties) {
    return OperationManifest.load(properties.persisted().manifest());
  }

  @Bean
  PersistedDocuments persistedDocuments(OperationManifest manifest, GraphQlHttpProperties properties) {
    return new PersistedDocuments(manifest, properties.persisted());
  }

  @Bean
  GraphQlSourceBuilderCustomizer persistedDocumentsCustomizer(PersistedDocuments documents) {
    return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
  }

  @Bean
  ResponseCache graphQlResponseCache(GraphQlHttpProperties properties) {
    return new ResponseCache(properties.httpCache().responseCache());
  }

  /** Spring Boot's GraphQL route has order 0; this one must see GET /graphql first. */
  @Bean
  @Order(-10)
  RouterFunction<ServerResponse> graphQlGetRoute(WebGraphQlHandler handler, JsonMapper json, ResponseCache cache,
      GraphQlHttpProperties properties, GraphQlProperties graphQl) {
    GraphQlGetHandler get = new GraphQlGetHandler(handler, json,
        properties.httpCache().responseCache().enabled() ? cache : null, properties.httpCache());
    return RouterFunctions.route().GET(graphQl.getHttp().getPath(), get::handle).build();
  }

  /** Named so: Spring Security's {@code cors()} uses the bean called {@code corsConfigurationSource}. */
  @Bean
  GraphQlCors corsConfigurationSource(GraphQlHttpProperties properties, GraphQlProperties graphQl) {
    return new GraphQlCors(graphQl.getHttp().getPath(), properties.cors());
  }
}
