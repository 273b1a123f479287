package org.origingraph.api.internal;

import java.time.Duration;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bounds what one public, anonymous query may ask for. A provenance query is bounded on the
 * database side by {@code maxDepth}; these limits bound the selection set around it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueryLimitsConfiguration.QueryLimits.class)
class QueryLimitsConfiguration {

  /**
   * @param maxDepth deepest selection nesting accepted
   * @param maxComplexity most fields (each counting 1) one query may select
   * @param requestTimeout how long one request may take before it is answered with a TIMEOUT error;
   *     above the database's transaction timeouts, which normally answer first
   */
  @ConfigurationProperties("origin.graphql.limits")
  record QueryLimits(Integer maxDepth, Integer maxComplexity, Duration requestTimeout) {
    QueryLimits {
      maxDepth = maxDepth == null ? 15 : maxDepth;
      maxComplexity = maxComplexity == null ? 1000 : maxComplexity;
      requestTimeout = requestTimeout == null ? Duration.ofSeconds(35) : requestTimeout;
    }
  }

  @Bean
  RequestTimeoutInterceptor requestTimeoutInterceptor(QueryLimits limits) {
    return new RequestTimeoutInterceptor(limits.requestTimeout());
  }

  @Bean
  MaxQueryDepthInstrumentation maxQueryDepth(QueryLimits limits) {
    return new MaxQueryDepthInstrumentation(limits.maxDepth());
  }

  @Bean
  MaxQueryComplexityInstrumentation maxQueryComplexity(QueryLimits limits) {
    return new MaxQueryComplexityInstrumentation(limits.maxComplexity());
  }
}
