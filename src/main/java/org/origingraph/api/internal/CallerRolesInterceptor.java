package org.origingraph.api.internal;

import org.origingraph.api.CallerRoles;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the caller's role names into the GraphQL context, read on the request's thread where the
 * security context is certainly set, for {@link QueryCostInstrumentation} to pick the budget.
 */
@Component
class CallerRolesInterceptor implements WebGraphQlInterceptor {

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    var roles = CallerRoles.current();
    request.configureExecutionInput((input, builder) ->
        builder.graphQLContext(context -> context.put(QueryCostInstrumentation.ROLES, roles)).build());
    return chain.next(request);
  }
}
