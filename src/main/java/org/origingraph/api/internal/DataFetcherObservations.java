package org.origingraph.api.internal;

import io.micrometer.observation.ObservationPredicate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.DataFetcherObservationContext;

/**
 * Switches off Spring for GraphQL's per-field observations ({@code graphql.datafetcher}) unless
 * {@code origin.graphql.observe-data-fetchers=true}.
 *
 * <p>Spring observes every data fetcher that is not a plain property read: in a provenance answer
 * that is each node's nested fields, some 750 timers started and stopped per request, a few percent
 * of its CPU in a profile (issue 11), for a metric nobody reads per field. The request observation
 * ({@code graphql.request}) and the batch loaders' ({@code graphql.dataloader}) stay.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(DataFetcherObservationContext.class)
class DataFetcherObservations {

  @Bean
  @ConditionalOnProperty(name = "origin.graphql.observe-data-fetchers", havingValue = "false", matchIfMissing = true)
  ObservationPredicate noDataFetcherObservations() {
    return (name, context) -> !(context instanceof DataFetcherObservationContext);
  }
}
