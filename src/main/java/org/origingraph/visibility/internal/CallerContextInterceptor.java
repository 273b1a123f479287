package org.origingraph.visibility.internal;

import org.origingraph.security.Callers;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the request's {@link org.origingraph.security.Caller} into the GraphQL context, where the
 * visibility instrumentation reads it when the execution starts. Read here, on the request's thread,
 * where the security filters left it; an execution without it is treated as anonymous.
 */
@Component
class CallerContextInterceptor implements WebGraphQlInterceptor {

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    var caller = Callers.current();
    request.configureExecutionInput((input, builder) ->
        builder.graphQLContext(context -> context.put(org.origingraph.security.Caller.class, caller)).build());
    return chain.next(request);
  }
}
