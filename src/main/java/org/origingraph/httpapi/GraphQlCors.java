package org.origingraph.httpapi;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * CORS for {@code /graphql}: which browser pages on other origins may call it, and with what.
 *
 * <p>Two tiers. Any configured origin ({@code *} by default) may send anonymous GET and POST requests
 * with the headers a GraphQL client uses; no credentials (cookies), which the API does not use anyway.
 * Only the origins listed as authenticated may also send {@code X-API-Key} and {@code Authorization}:
 * a browser asks first (preflight), and for other origins the answer omits those headers, so the page's
 * request never leaves the browser. Other paths get no CORS headers. Thread-safe, immutable.
 */
final class GraphQlCors implements CorsConfigurationSource {

  private static final List<String> METHODS = List.of("GET", "POST", "OPTIONS");
  private static final List<String> PUBLIC_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT,
      HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.IF_NONE_MATCH, "apollographql-client-name", "apollographql-client-version");
  private static final List<String> EXPOSED = List.of(HttpHeaders.ETAG, HttpHeaders.RETRY_AFTER);

  private final String path;
  private final CorsConfiguration anonymous;
  private final CorsConfiguration authenticated;
  private final List<String> authenticatedOrigins;

  GraphQlCors(String path, GraphQlHttpProperties.Cors settings) {
    this.path = path;
    this.authenticatedOrigins = settings.authenticatedOrigins();
    this.anonymous = configuration(settings.allowedOrigins(), PUBLIC_HEADERS, settings);
    List<String> withCredentials = new java.util.ArrayList<>(PUBLIC_HEADERS);
    withCredentials.add("X-API-Key");
    withCredentials.add(HttpHeaders.AUTHORIZATION);
    this.authenticated = configuration(settings.authenticatedOrigins(), withCredentials, settings);
  }

  private static CorsConfiguration configuration(List<String> origins, List<String> headers, GraphQlHttpProperties.Cors settings) {
    CorsConfiguration configuration = new CorsConfiguration();
    if (origins.contains(CorsConfiguration.ALL)) {
      // "Access-Control-Allow-Origin: *", the same for every page: shared caches keep one answer.
      configuration.setAllowedOrigins(List.of(CorsConfiguration.ALL));
    } else {
      configuration.setAllowedOriginPatterns(origins);
    }
    configuration.setAllowedMethods(METHODS);
    configuration.setAllowedHeaders(headers);
    configuration.setExposedHeaders(EXPOSED);
    configuration.setAllowCredentials(false);
    configuration.setMaxAge(settings.maxAge());
    return configuration;
  }

  @Override
  public @Nullable CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
    if (!path.equals(request.getRequestURI())) {
      return null;
    }
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    return origin != null && authenticated.checkOrigin(origin) != null ? authenticated : anonymous;
  }
}
