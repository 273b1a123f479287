package org.origingraph.epcis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.origingraph.api.BadUserInputException;
import org.origingraph.api.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Answers every failure of the {@code /epcis} REST binding as {@code application/problem+json} (RFC 9457)
 * with a {@code code} member to switch on and, for refused documents, {@code errors} with JSON pointers.
 * Unexpected exceptions become a 500 with an incident id; their detail goes to the log only.
 */
@RestControllerAdvice(assignableTypes = {CaptureController.class, EventQueryController.class})
@Order(Ordered.HIGHEST_PRECEDENCE) // ahead of Boot's generic problem-details advice, for these controllers only
class EpcisProblems {

  private static final Logger log = LoggerFactory.getLogger(EpcisProblems.class);
  private static final AuthenticationTrustResolverImpl trust = new AuthenticationTrustResolverImpl();

  @ExceptionHandler(EpcisException.class)
  ResponseEntity<Map<String, Object>> refused(EpcisException e) {
    return problem(e.status(), e.type(), e.code(), e.getMessage(), e.problems());
  }

  @ExceptionHandler(BadUserInputException.class)
  ResponseEntity<Map<String, Object>> badInput(BadUserInputException e) {
    return problem(400, "epcisException:QueryParameterException", "BAD_USER_INPUT", e.getMessage(),
        List.of(new CaptureProblem(e.argument(), "BAD_USER_INPUT", e.getMessage())));
  }

  /** A refused filter value, named as this binding names the parameter: {@code MATCH_epc}, {@code EQ_source_location}. */
  @ExceptionHandler(QueryParameterException.class)
  ResponseEntity<Map<String, Object>> badFilter(QueryParameterException e) {
    return badInput(e.named(e.restName()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, Object>> badParameter(MethodArgumentTypeMismatchException e) {
    String message = e.getName() + " has the wrong form";
    return problem(400, "epcisException:QueryParameterException", "BAD_USER_INPUT", message,
        List.of(new CaptureProblem(e.getName(), "BAD_USER_INPUT", message)));
  }

  @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
  ResponseEntity<Map<String, Object>> denied(RuntimeException e) {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (e instanceof AuthenticationException || authentication == null || trust.isAnonymous(authentication)) {
      return problem(401, "epcisException:SecurityException", "UNAUTHENTICATED",
          "This operation needs a valid API key in the X-API-Key header", List.of());
    }
    return problem(403, "epcisException:SecurityException", "FORBIDDEN", "Your API key does not allow this operation", List.of());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Map<String, Object>> unexpected(Exception e) {
    String incident = UUID.randomUUID().toString();
    log.error("EPCIS request failed, incident {}", incident, e);
    return problem(500, "epcisException:ImplementationException", "INTERNAL",
        "Internal error; quote incident " + incident + " when reporting it", List.of());
  }

  private static ResponseEntity<Map<String, Object>> problem(
      int status, String type, String code, String detail, List<CaptureProblem> errors) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("title", title(status));
    body.put("status", status);
    body.put("detail", detail);
    body.put("code", code);
    if (RequestIds.current() != null) {
      body.put("requestId", RequestIds.current());
    }
    if (!errors.isEmpty()) {
      body.put("errors", errors);
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 413 -> "Content Too Large";
      case 415 -> "Unsupported Media Type";
      default -> "Internal Server Error";
    };
  }
}
