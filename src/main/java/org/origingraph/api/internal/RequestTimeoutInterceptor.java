package org.origingraph.api.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.origingraph.api.ErrorCode;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Answers a GraphQL request that has not finished within {@code origin.graphql.limits.request-timeout}
 * with a {@code TIMEOUT} error instead of letting the servlet container's asynchronous timeout answer
 * an empty 503.
 *
 * <p>This is the outer bound. The work itself is bounded in the database, where a statement that runs
 * out of its transaction timeout is terminated (so nothing keeps running after an answer); the request
 * timeout is set above those so that normally the statement's own TIMEOUT error answers first.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
final class RequestTimeoutInterceptor implements WebGraphQlInterceptor {

  private static final Logger log = LoggerFactory.getLogger(RequestTimeoutInterceptor.class);

  private final Duration timeout;

  RequestTimeoutInterceptor(Duration timeout) {
    this.timeout = timeout;
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    return chain.next(request).timeout(timeout, Mono.fromSupplier(() -> timedOut(request)));
  }

  private WebGraphQlResponse timedOut(WebGraphQlRequest request) {
    log.warn("GraphQL request {} ran out of its {} budget", request.getId(), timeout);
    var error = GraphqlErrorBuilder.newError()
        .errorType(ErrorType.INTERNAL_ERROR)
        .message("The request did not finish within " + timeout.toMillis() + " ms; ask for less or retry later")
        .extensions(Map.of("code", ErrorCode.TIMEOUT.name()))
        .build();
    var result = ExecutionResult.newExecutionResult().errors(List.of(error)).build();
    return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
  }
}
