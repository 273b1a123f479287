package org.origingraph.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * HTTP security: stateless, no sessions, no login pages. Every URL is reachable; what needs an
 * identity is decided per operation ({@code @PreAuthorize} on services), and what a caller sees per
 * field (the visibility module), because one {@code /graphql} endpoint serves both public queries
 * and protected mutations.
 *
 * <p>A caller presents an API key in the configured header or an OAuth2 bearer JWT; the JWT is
 * accepted only when Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.*} names an
 * issuer, a JWK set or a public key (Boot then provides the {@link JwtDecoder}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({ApiKeyProperties.class, JwtProperties.class})
class SecurityConfiguration {

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http, ApiKeyProperties apiKeys, JwtProperties jwt, ObjectProvider<JwtDecoder> jwtDecoder)
      throws Exception {
    http
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .logout(logout -> logout.disable())
        .requestCache(cache -> cache.disable())
        .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys), AnonymousAuthenticationFilter.class)
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
    JwtDecoder decoder = jwtDecoder.getIfAvailable();
    if (decoder != null) {
      http.oauth2ResourceServer(resource -> resource
          .authenticationEntryPoint(new ProblemAuthenticationEntryPoint())
          .jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(new JwtCallerConverter(jwt))));
    }
    return http.build();
  }
}
