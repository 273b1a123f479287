package org.origingraph.resolver;

import org.origingraph.gs1.CompanyPrefixLengths;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the resolver's configuration and its replaceable default for {@link ContentLanguages}.
 *
 * <p>{@code @ConditionalOnMissingBean} is evaluated after the component scan has registered the
 * application's components, so a {@link ContentLanguages} {@code @Component} of another module
 * replaces the default. A replacement declared by a {@code @Bean} method of another configuration
 * class may be processed after this one; such a bean should also be {@code @Primary}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ResolverProperties.class, Gs1Properties.class})
class ResolverConfiguration {

  @Bean
  @ConditionalOnMissingBean(ContentLanguages.class)
  ContentLanguages configuredContentLanguages(ResolverProperties properties) {
    return new ConfiguredContentLanguages(properties.languages());
  }

  @Bean
  CompanyPrefixLengths companyPrefixLengths(Gs1Properties properties) {
    var table = properties.companyPrefixLengths();
    return new CompanyPrefixLengths(
        table.defaultLength(),
        table.ranges().stream().map(r -> new CompanyPrefixLengths.Range(r.from(), r.to(), r.length())).toList());
  }
}
