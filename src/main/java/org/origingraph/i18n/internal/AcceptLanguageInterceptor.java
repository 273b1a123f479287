package org.origingraph.i18n.internal;

import org.origingraph.i18n.AcceptLanguage;
import org.origingraph.i18n.LocaleRequest;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the request's Accept-Language header into the GraphQL context under
 * {@link LocaleRequest#ACCEPT_LANGUAGE}, where data fetchers read it with {@code @ContextValue}.
 *
 * <p>An oversized header is dropped here already, so that it never becomes part of a cache key.
 * Several header lines are joined with commas, which is what they mean (RFC 9110 §5.3).
 */
@Component
class AcceptLanguageInterceptor implements WebGraphQlInterceptor {

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    var values = request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
    if (values != null && !values.isEmpty()) {
      String header = String.join(",", values);
      if (header.length() <= AcceptLanguage.MAX_LENGTH) {
        request.configureExecutionInput((input, builder) ->
            builder.graphQLContext(context -> context.put(LocaleRequest.ACCEPT_LANGUAGE, header)).build());
      }
    }
    return chain.next(request);
  }
}
