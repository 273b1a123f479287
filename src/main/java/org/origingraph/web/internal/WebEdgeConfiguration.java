package org.origingraph.web.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the edge's servlet filters, in this order: problem bodies for empty error responses
 * (outermost, so it sees every answer), the query string check and the body size limit (before
 * Spring Security does any work), and the rate limit (just after Spring Security, which tells who
 * the caller is).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
class WebEdgeConfiguration {

  /** Just inside the EPCIS version headers filter, which stays first so that every /epcis answer has them. */
  private static final int FIRST = Ordered.HIGHEST_PRECEDENCE + 10;

  @Bean
  FilterRegistrationBean<ErrorBodyFilter> errorBodyFilter() {
    return registration(new ErrorBodyFilter(), FIRST);
  }

  @Bean
  FilterRegistrationBean<QueryStringFilter> queryStringFilter() {
    return registration(new QueryStringFilter(), FIRST + 1);
  }

  @Bean
  @ConditionalOnExpression("${origin.limits.enabled:true}")
  FilterRegistrationBean<BodySizeFilter> bodySizeFilter(LimitsProperties properties) {
    return registration(new BodySizeFilter(properties), FIRST + 2);
  }

  /**
   * Tomcat answers {@code Expect: 100-continue} only once the application reads the body, instead of
   * at once: a client announcing an oversized body then gets the 413 without uploading it.
   */
  @Bean
  TomcatConnectorCustomizer continueOnlyWhenTheBodyIsRead() {
    return connector -> connector.setProperty("continueResponseTiming", "onRead");
  }

  @Bean
  @ConditionalOnExpression("${origin.limits.enabled:true} and ${origin.limits.rate.enabled:true}")
  RateLimiter rateLimiter(LimitsProperties properties) {
    return new RateLimiter(properties.rate());
  }

  @Bean
  @ConditionalOnExpression("${origin.limits.enabled:true} and ${origin.limits.rate.enabled:true}")
  FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimiter limiter, LimitsProperties properties) {
    return registration(new RateLimitFilter(limiter, properties.rate()), SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
  }

  private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> registration(F filter, int order) {
    FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
    registration.setOrder(order);
    return registration;
  }
}
