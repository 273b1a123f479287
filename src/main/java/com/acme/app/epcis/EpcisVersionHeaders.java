package com.acme.app.epcis;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds {@code GS1-EPCIS-Version} and {@code GS1-CBV-Version} to every {@code /epcis} response, as the
 * EPCIS 2.0 REST binding asks, including error responses.
 */
@Configuration(proxyBeanMethods = false)
class EpcisVersionHeaders {

  static final String EPCIS_VERSION = "2.0.0";
  static final String CBV_VERSION = "2.0.0";

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
    return registration;
  }
}
