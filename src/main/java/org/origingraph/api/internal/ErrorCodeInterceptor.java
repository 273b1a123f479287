package org.origingraph.api.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.origingraph.api.ErrorCode;
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
 * <p>Errors from data fetchers already carry a code ({@link ErrorCodeResolver}) and pass unchanged.
 */
@Component
class ErrorCodeInterceptor implements WebGraphQlInterceptor {

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    return chain.next(request).map(response -> {
      List<GraphQLError> errors = response.getExecutionResult().getErrors();
      if (errors.isEmpty() || errors.stream().allMatch(ErrorCodeInterceptor::hasCode)) {
        return response;
      }
      List<GraphQLError> coded = errors.stream().map(ErrorCodeInterceptor::withCode).toList();
      return response.transform(builder -> builder.errors(coded));
    });
  }

  private static boolean hasCode(GraphQLError error) {
    return error.getExtensions() != null && error.getExtensions().containsKey("code");
  }

  private static GraphQLError withCode(GraphQLError error) {
    if (hasCode(error)) {
      return error;
    }
    Map<String, Object> extensions = new LinkedHashMap<>();
    if (error.getExtensions() != null) {
      extensions.putAll(error.getExtensions());
    }
    extensions.put("code", codeFor(error.getErrorType()).name());
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
