package org.origingraph.resolver;

import org.origingraph.api.BadUserInputException;
import org.origingraph.api.ErrorCode;
import org.origingraph.api.RequestIds;
import org.origingraph.gs1.InvalidIdentifierException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The resolver's and QR endpoints' errors as RFC 9457 {@code application/problem+json}, with the same
 * {@code code} values as GraphQL's {@code extensions.code}, so one client handles both.
 *
 * <p>The content type is set explicitly: a phone asking for HTML or a page asking for a PNG still gets
 * a problem document it can show, instead of a 406.
 */
// Ahead of Boot's problem-details advice, which would answer type mismatches without a code.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {ResolverController.class, QrController.class})
class ResolverProblems {

  @ExceptionHandler
  ResponseEntity<ProblemDetail> invalidIdentifier(InvalidIdentifierException e, HttpServletRequest request) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ErrorCode.BAD_USER_INPUT, e.getMessage(), request);
    problem.setProperty("identifier", e.kind().label());
    e.expectedCheckDigit().ifPresent(digit -> problem.setProperty("expectedCheckDigit", digit));
    return respond(problem);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> badInput(BadUserInputException e, HttpServletRequest request) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ErrorCode.BAD_USER_INPUT, e.getMessage(), request);
    problem.setProperty("argument", e.argument());
    return respond(problem);
  }

  /** {@code ?size=big}: Spring's own answer would lack {@code code}. */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    ProblemDetail problem = problem(
        HttpStatus.BAD_REQUEST, ErrorCode.BAD_USER_INPUT, e.getName() + " must be a number", request);
    problem.setProperty("argument", e.getName());
    return respond(problem);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> notFound(ItemNotFoundException e, HttpServletRequest request) {
    return respond(problem(HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND, e.getMessage(), request));
  }

  private static ProblemDetail problem(HttpStatus status, ErrorCode code, String detail, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setInstance(java.net.URI.create(request.getRequestURI()));
    problem.setProperty("code", code.name());
    if (RequestIds.current() != null) {
      problem.setProperty("requestId", RequestIds.current());
    }
    return problem;
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
        .body(problem);
  }
}
