package org.origingraph.httpapi;

import org.origingraph.security.Callers;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Tells {@link PersistedDocuments} whether the caller presented credentials, read on the request's
 * thread where the security context is certainly set. A request without the mark counts as anonymous,
 * so that a missing mark fails closed.
 */
@Component
class CallerKindInterceptor implements WebGraphQlInterceptor {

  /** GraphQL context key: {@code Boolean.TRUE} when the caller is authenticated. */
  static final String AUTHENTICATED = CallerKindInterceptor.class.getName() + ".authenticated";

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    boolean authenticated = !Callers.current().isAnonymous();
    request.configureExecutionInput((input, builder) ->
        builder.graphQLContext(context -> context.put(AUTHENTICATED, authenticated)).build());
    return chain.next(request);
  }
}
