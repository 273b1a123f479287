package org.origingraph.web.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.origingraph.api.ErrorCode;
import org.origingraph.api.RequestIds;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Spring MVC's own exceptions (unreadable body, unsupported media type, wrong method, missing or
 * mistyped parameter, no such resource...) as problem documents with a {@code code}, for every
 * endpoint that has no handler of its own, in place of Spring Boot's problem details without one.
 *
 * <p>The GraphQL endpoint is answered as GraphQL clients expect: a body that is not JSON gets a
 * GraphQL response whose error has {@code extensions.code} {@code BAD_REQUEST} and the line and column
 * where the JSON broke. Endpoint modules keep their own handlers (EPCIS, resolver), which take
 * precedence for their controllers.
 */
@RestControllerAdvice
class HttpProblems extends ResponseEntityExceptionHandler {

  private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

  private final String graphQlPath;

  HttpProblems(@Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
    this.graphQlPath = graphQlPath;
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleExceptionInternal(
      Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    HttpServletRequest servlet = request instanceof NativeWebRequest n ? n.getNativeRequest(HttpServletRequest.class) : null;
    String path = servlet == null ? null : servlet.getRequestURI();
    HttpHeaders answer = HttpHeaders.copyOf(headers);
    if (status.value() == 400 && graphQlPath.equals(path)) {
      return graphQlBadRequest(ex, body, answer, servlet);
    }
    ProblemDetail problem = body instanceof ProblemDetail given ? given
        : ProblemDetail.forStatusAndDetail(status, Problems.detailFor(status.value(), path));
    ErrorCode code = Problems.codeFor(status.value());
    switch (ex) {
      case HttpMediaTypeNotSupportedException unsupported -> {
        List<String> accepted = unsupported.getSupportedMediaTypes().stream().map(MediaType::toString).toList();
        problem.setDetail(path + " does not read " + unsupported.getContentType() + "; send " + String.join(" or ", accepted));
        problem.setProperty("accepted", accepted);
      }
      case HttpRequestMethodNotSupportedException method when method.getSupportedMethods() != null ->
          problem.setProperty("allowed", List.of(method.getSupportedMethods()));
      case MissingServletRequestParameterException missing -> {
        code = ErrorCode.BAD_USER_INPUT;
        problem.setProperty("argument", missing.getParameterName());
      }
      case TypeMismatchException mismatch when mismatch.getPropertyName() != null -> {
        code = ErrorCode.BAD_USER_INPUT;
        problem.setDetail(mismatch.getPropertyName() + " has the wrong form");
        problem.setProperty("argument", mismatch.getPropertyName());
      }
      default -> { }
    }
    problem.setProperty("code", code.name());
    if (RequestIds.current() != null) {
      problem.setProperty("requestId", RequestIds.current());
    }
    answer.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return ResponseEntity.status(status).headers(answer).body(problem);
  }

  /** A GraphQL-over-HTTP answer: the body is no GraphQL request, so there is neither data nor a document position. */
  private static ResponseEntity<Object> graphQlBadRequest(
      Exception ex, @Nullable Object body, HttpHeaders headers, @Nullable HttpServletRequest request) {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("code", ErrorCode.BAD_REQUEST.name());
    String message = "The request body is not a GraphQL request in JSON";
    JacksonException json = jsonCause(ex);
    if (!(ex instanceof HttpMessageNotReadableException) && body instanceof ProblemDetail problem && problem.getDetail() != null) {
      message = message + ": " + problem.getDetail();
    } else if (json != null) {
      TokenStreamLocation at = json.getLocation();
      if (at != null && at.getLineNr() > 0) {
        extensions.put("line", at.getLineNr());
        extensions.put("column", at.getColumnNr());
        message = message + ": " + json.getOriginalMessage() + " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      } else {
        message = message + ": " + json.getOriginalMessage();
      }
    }
    boolean graphQlResponse = request != null && accepts(request.getHeader(HttpHeaders.ACCEPT));
    headers.setContentType(graphQlResponse ? GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON);
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("message", message);
    error.put("extensions", extensions);
    return ResponseEntity.badRequest().headers(headers).body(Map.of("errors", List.of(error)));
  }

  private static boolean accepts(@Nullable String accept) {
    try {
      return accept != null && MediaType.parseMediaTypes(accept).stream().anyMatch(t -> t.isCompatibleWith(GRAPHQL_RESPONSE) && !t.isWildcardType());
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  private static @Nullable JacksonException jsonCause(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof JacksonException json) {
        return json;
      }
    }
    return null;
  }
}
