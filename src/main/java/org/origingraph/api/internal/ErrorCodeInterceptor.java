package org.origingraph.api.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.origingraph.api.ErrorCode;
import org.origingraph.api.RequestIds;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gives an {@code extensions.code} to the errors graphql-java raises itself, before any data fetcher
 * runs: syntax errors, schema validation errors, variable coercion and aborted executions.
 *
 * <p>Errors from data fetchers already carry a code ({@link ErrorCodeResolver}) and keep it. Every
 * error also gets {@code extensions.requestId} ({@link RequestIds}), the id the log lines of the
 * request carry, read here on the request's thread before execution may move to others.
 */
@Component
class ErrorCodeInterceptor implements WebGraphQlInterceptor {

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    String requestId = RequestIds.current();
    return chain.next(request).map(response -> {
      List<GraphQLError> errors = response.getExecutionResult().getErrors();
      if (errors.isEmpty() || (requestId == null && errors.stream().allMatch(ErrorCodeInterceptor::hasCode))) {
        return response;
      }
      List<GraphQLError> coded = errors.stream().map(error -> withCode(error, requestId)).toList();
      return response.transform(builder -> builder.errors(coded));
    });
  }

  private static boolean hasCode(GraphQLError error) {
    return error.getExtensions() != null && error.getExtensions().containsKey("code");
  }

  private static GraphQLError withCode(GraphQLError error, @Nullable String requestId) {
    if (hasCode(error) && requestId == null) {
      return error;
    }
    Map<String, Object> extensions = new LinkedHashMap<>();
    if (error.getExtensions() != null) {
      extensions.putAll(error.getExtensions());
    }
    extensions.putIfAbsent("code", codeFor(error.getErrorType()).name());
    if (requestId != null) {
      extensions.put("requestId", requestId);
    }
    return GraphqlErrorBuilder.newError()
        .message(error.getMessage())
        .locations(error.getLocations())
        .path(error.getPath())
        .errorType(error.getErrorType())
        .extensions(extensions)
        .build();
  }

  private static ErrorCode codeFor(ErrorClassification classification) {
    if (!(classification instanceof graphql.ErrorType type)) {
      return ErrorCode.INTERNAL;
    }
    return switch (type) {
      case InvalidSyntax -> ErrorCode.GRAPHQL_PARSE_FAILED;
      case ValidationError -> ErrorCode.GRAPHQL_VALIDATION_FAILED;
      case ExecutionAborted -> ErrorCode.QUERY_TOO_COMPLEX;
      case OperationNotSupported -> ErrorCode.GRAPHQL_VALIDATION_FAILED;
      case DataFetchingException, NullValueInNonNullableField -> ErrorCode.INTERNAL;
    };
  }
}
