package org.origingraph.resolver;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * Puts the scheme, host and port a GraphQL request arrived on into its context under {@link #BASE_URL},
 * for the {@code digitalLink} fields when {@code origin.resolver.base-url} is unset: data fetchers may run
 * on threads that do not hold the servlet request. The request's URI already reflects trusted
 * {@code X-Forwarded-*} headers (the container rewrites them, {@code server.forward-headers-strategy}).
 */
@Component
class BaseUrlInterceptor implements WebGraphQlInterceptor {

  /** Key of the request's base URL in the GraphQL context. */
  static final String BASE_URL = "origin.resolver.requestBaseUrl";

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    var uri = request.getUri();
    if (uri.getScheme() != null && uri.getHost() != null) {
      String base = UriComponentsBuilder.newInstance().scheme(uri.getScheme()).host(uri.getHost())
          .port(defaultPort(uri.getScheme(), uri.getPort()) ? -1 : uri.getPort()).build().toUriString();
      request.configureExecutionInput((input, builder) ->
          builder.graphQLContext(context -> context.put(BASE_URL, base)).build());
    }
    return chain.next(request);
  }

  private static boolean defaultPort(String scheme, int port) {
    return port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
  }
}
