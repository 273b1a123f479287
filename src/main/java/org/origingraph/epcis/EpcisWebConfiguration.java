package org.origingraph.epcis;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What the EPCIS 2.0 REST binding needs from the web server.
 *
 * <p>{@code GS1-EPCIS-Version} and {@code GS1-CBV-Version} on every {@code /epcis} response, error
 * responses included. And event ids in paths: {@code GET /epcis/events/{eventID}} takes ids such as
 * {@code ni:///sha-256;…?ver=CBV2.0}, which a client must send URL-encoded, with {@code %2F} and
 * {@code %3B}. Tomcat rejects an encoded slash and Spring Security's firewall an encoded slash, double
 * slash or semicolon by default; both are relaxed here just enough: Tomcat passes {@code %2F} through undecoded
 * (so it can never be taken for a path separator), and the firewall allows those encodings while
 * keeping every other check (traversal, control characters, non-normalised paths). And {@code |} in
 * query strings: the query parameters separate their values with it ({@code pipeDelimited} in the
 * binding's OpenAPI), and clients such as curl send it unencoded, which Tomcat refuses by default.
 */
@Configuration(proxyBeanMethods = false)
class EpcisWebConfiguration {

  static final String EPCIS_VERSION = "2.0.0";
  static final String CBV_VERSION = "2.0.0";

  @Bean
  TomcatConnectorCustomizer encodedSlashesPassThrough() {
    return connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
  }

  @Bean
  TomcatConnectorCustomizer pipesInQueryStrings() {
    return connector -> connector.setProperty("relaxedQueryChars", "|");
  }

  @Bean
  HttpFirewall epcisFirewall() {
    StrictHttpFirewall firewall = new StrictHttpFirewall();
    firewall.setAllowUrlEncodedSlash(true);
    firewall.setAllowUrlEncodedDoubleSlash(true);
    // Tomcat passes %2F through undecoded, so the decoded path the firewall inspects still holds '%'
    firewall.setAllowUrlEncodedPercent(true);
    firewall.setAllowSemicolon(true);
    return firewall;
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> epcisVersionHeaderFilter() {
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        response.setHeader("GS1-EPCIS-Version", EPCIS_VERSION);
        response.setHeader("GS1-CBV-Version", CBV_VERSION);
        chain.doFilter(request, response);
      }
    };
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns("/epcis/*");
    // before Spring Security, so that its 401 answers carry the headers too
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
