package org.origingraph.api.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Bounds what one query may ask for, before any of it runs. A provenance query is bounded on the
 * database side by {@code maxDepth}; these limits bound the selection set around it: its nesting depth
 * (always on), its number of aliases and its weighted cost against the caller's role budget (both
 * off when {@code origin.limits.enabled=false}, for benchmarks). See docs/limits.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueryLimitsConfiguration.QueryLimits.class)
class QueryLimitsConfiguration {

  /**
   * {@code origin.graphql.limits.*}.
   *
   * @param maxDepth deepest selection nesting accepted
   * @param maxAliases most aliased fields one document may hold (each alias can repeat any field)
   * @param maxComplexity cost budget of an authenticated caller none of whose roles has a budget
   * @param budgets cost budget per role name ({@code PUBLIC} for callers without credentials); a
   *     caller with several roles gets the largest
   * @param cost how fields are weighed
   * @param requestTimeout how long one request may take before it is answered with a TIMEOUT error;
   *     above the database's transaction timeouts, which normally answer first
   */
  @ConfigurationProperties("origin.graphql.limits")
  record QueryLimits(Integer maxDepth, Integer maxAliases, Integer maxComplexity, Map<String, Integer> budgets, Cost cost,
      Duration requestTimeout) {
    QueryLimits {
      requestTimeout = requestTimeout == null ? Duration.ofSeconds(35) : requestTimeout;
      maxDepth = maxDepth == null ? 15 : maxDepth;
      maxAliases = maxAliases == null ? 30 : maxAliases;
      maxComplexity = maxComplexity == null ? 50_000 : maxComplexity;
      budgets = merged(Map.of("PUBLIC", 50_000, "IMPORTER", 100_000, "PRODUCER", 100_000,
          "REGULATOR", 200_000, "ADMIN", 200_000), budgets);
      cost = cost == null ? new Cost(null, null, null, null, null, null) : cost;
    }
  }

  /**
   * The weights of {@link QueryCost}.
   *
   * @param leaf a scalar or enum field
   * @param object a field returning an object (its selection is added)
   * @param defaultPageSize items assumed for a connection whose {@code first} is not given
   * @param defaultListSize items assumed for a list field with neither {@code first} nor an entry in {@code listSizes}
   * @param fields own cost of particular fields, {@code Type.field}: the expensive ones, such as {@code Query.provenance}
   * @param listSizes most items assumed of particular list fields, {@code Type.field}
   */
  record Cost(Integer leaf, Integer object, Integer defaultPageSize, Integer defaultListSize,
      Map<String, Integer> fields, Map<String, Integer> listSizes) {
    Cost {
      leaf = leaf == null ? 1 : leaf;
      object = object == null ? 1 : object;
      defaultPageSize = defaultPageSize == null ? 20 : defaultPageSize;
      defaultListSize = defaultListSize == null ? 20 : defaultListSize;
      // A walk: several Cypher round trips over up to 50 MADE_FROM steps, whatever is selected.
      fields = merged(Map.of("Query.provenance", 4000, "Query.events", 50, "Query.translationCoverage", 50,
          "Query.products", 10, "Mutation.captureEpcisDocument", 200), fields);
      listSizes = merged(Map.ofEntries(Map.entry("Provenance.nodes", 200), Map.entry("Provenance.edges", 300),
          Map.entry("Batch.certificates", 5), Map.entry("Facility.certificates", 5),
          Map.entry("Organization.certificates", 5), Map.entry("Batch.inputs", 10), Map.entry("Batch.shipments", 10),
          Map.entry("Shipment.items", 10), Map.entry("Product.stories", 3), Map.entry("Facility.stories", 3),
          Map.entry("Batch.stories", 3)), listSizes);
    }
  }

  /** Defaults overridden entry by entry, so that configuring one field does not drop the others. */
  private static Map<String, Integer> merged(Map<String, Integer> defaults, Map<String, Integer> configured) {
    Map<String, Integer> all = new LinkedHashMap<>(defaults);
    if (configured != null) {
      all.putAll(configured);
    }
    return Map.copyOf(all);
  }

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE + 1)
  @ConditionalOnProperty(name = "origin.limits.enabled", havingValue = "true", matchIfMissing = true)
  QueryCostInstrumentation queryCost(QueryLimits limits) {
    return new QueryCostInstrumentation(limits);
  }

  @Bean
  RequestTimeoutInterceptor requestTimeoutInterceptor(QueryLimits limits) {
    return new RequestTimeoutInterceptor(limits.requestTimeout());
  }

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE) // the cheaper check, and the more telling answer for a deep query
  MaxQueryDepthInstrumentation maxQueryDepth(QueryLimits limits) {
    return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
      @Override
      protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
        return QueryCostInstrumentation.refusal(
            "The query is nested " + depth + " deep; at most " + maxDepth + " is allowed", "depth", depth, maxDepth);
      }
    };
  }
}
