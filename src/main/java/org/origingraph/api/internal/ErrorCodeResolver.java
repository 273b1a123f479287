package org.origingraph.api.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.origingraph.api.BadUserInputException;
import org.origingraph.api.ErrorCode;
import org.origingraph.api.ForbiddenException;
import org.origingraph.api.Timeouts;
import org.origingraph.api.Unavailable;
import org.origingraph.gs1.InvalidIdentifierException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns every exception a data fetcher throws into a GraphQL error with {@code extensions.code}.
 *
 * <p>It resolves all exceptions, including unexpected ones, so that no other resolver and no default
 * handling can put an exception message (which may hold Cypher or a stack detail) in front of a client.
 * Unexpected exceptions are logged with an id, and only the id is returned.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorCodeResolver extends DataFetcherExceptionResolverAdapter {

  private static final Logger log = LoggerFactory.getLogger(ErrorCodeResolver.class);
  private static final AuthenticationTrustResolverImpl trust = new AuthenticationTrustResolverImpl();

  ErrorCodeResolver() {
    setThreadLocalContextAware(true);
  }

  @Override
  protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
    return switch (ex) {
      case BadUserInputException bad ->
          error(env, ErrorType.BAD_REQUEST, ErrorCode.BAD_USER_INPUT, bad.getMessage(), Map.of("argument", bad.argument()));
      case ForbiddenException forbidden ->
          error(env, ErrorType.FORBIDDEN, ErrorCode.FORBIDDEN, forbidden.getMessage(), Map.of("argument", forbidden.argument()));
      case InvalidIdentifierException invalid ->
          error(env, ErrorType.BAD_REQUEST, ErrorCode.BAD_USER_INPUT, invalid.getMessage(), Map.of());
      case AuthenticationException unauthenticated ->
          error(env, ErrorType.UNAUTHORIZED, ErrorCode.UNAUTHENTICATED, "This operation needs a valid API key in the X-API-Key header", Map.of());
      case AccessDeniedException denied when isAnonymous() ->
          error(env, ErrorType.UNAUTHORIZED, ErrorCode.UNAUTHENTICATED, "This operation needs a valid API key in the X-API-Key header", Map.of());
      case AccessDeniedException denied ->
          error(env, ErrorType.FORBIDDEN, ErrorCode.FORBIDDEN, "Your API key does not allow this operation", Map.of());
      case Throwable timedOut when Timeouts.isTimeout(timedOut) -> timeout(timedOut, env);
      case Throwable down when Unavailable.isUnavailable(down) -> unavailable(down, env);
      default -> internal(ex, env);
    };
  }

  private static boolean isAnonymous() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null || trust.isAnonymous(authentication);
  }

  private static GraphQLError timeout(Throwable ex, DataFetchingEnvironment env) {
    log.warn("Timed out at {}: {}", env.getExecutionStepInfo().getPath(), ex.getMessage());
    return error(env, ErrorType.INTERNAL_ERROR, ErrorCode.TIMEOUT,
        "The database could not answer within the time budget; ask for less (e.g. a smaller maxDepth) or retry later",
        Map.of());
  }

  /**
   * No stack trace: during an outage every request fails alike, and the database monitor
   * (infrastructure) logs the outage once when it begins and once when it ends.
   */
  private static GraphQLError unavailable(Throwable ex, DataFetchingEnvironment env) {
    log.debug("Database unavailable at {}: {}", env.getExecutionStepInfo().getPath(), ex.toString());
    return error(env, ErrorType.INTERNAL_ERROR, ErrorCode.UNAVAILABLE,
        "The database is unavailable right now; nothing was done, send the request again in a few seconds",
        Map.of("retryAfterSeconds", Unavailable.RETRY_AFTER_SECONDS));
  }

  private static GraphQLError internal(Throwable ex, DataFetchingEnvironment env) {
    String incident = UUID.randomUUID().toString();
    log.error("Internal error {} at {}", incident, env.getExecutionStepInfo().getPath(), ex);
    return error(
        env, ErrorType.INTERNAL_ERROR, ErrorCode.INTERNAL,
        "Internal error; quote incident " + incident + " when reporting it", Map.of("incident", incident));
  }

  private static GraphQLError error(
      DataFetchingEnvironment env, ErrorType type, ErrorCode code, String message, Map<String, Object> more) {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("code", code.name());
    extensions.putAll(more);
    return GraphqlErrorBuilder.newError(env).errorType(type).message(message).extensions(extensions).build();
  }

}
