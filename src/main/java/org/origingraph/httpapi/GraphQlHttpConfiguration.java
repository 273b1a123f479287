package org.origingraph.httpapi;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires GraphQL over HTTP for front-ends: the GET route (ahead of Spring Boot's GraphQL route, which
 * would answer GET with 405), the persisted-document provider of the GraphQL source, the response
 * cache and the CORS filter of the GraphQL path.
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

  /**
   * CORS for the GraphQL path only, as a servlet filter just before Spring Security: a preflight is
   * answered here (no credentials to check, no rate to count), and other paths keep their own CORS
   * (the resolver's {@code @CrossOrigin}), which a global Spring Security {@code cors()} would take over:
   * its filter ends every preflight, whether or not it has a configuration for the path.
   */
  @Bean
  FilterRegistrationBean<CorsFilter> graphQlCorsFilter(GraphQlHttpProperties properties, GraphQlProperties graphQl) {
    String path = graphQl.getHttp().getPath();
    FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(
        new CorsFilter(new GraphQlCors(path, properties.cors())));
    registration.addUrlPatterns(path);
    registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
    return registration;
  }
}
