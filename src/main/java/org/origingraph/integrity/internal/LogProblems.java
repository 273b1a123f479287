package org.origingraph.integrity.internal;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.origingraph.api.BadUserInputException;
import org.origingraph.api.ErrorCode;
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
 * The log API's errors as RFC 9457 {@code application/problem+json} with {@code code} and the
 * {@code argument} at fault, as the resolver answers them. Open to any origin: the log is public.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = LogController.class)
class LogProblems {

  @ExceptionHandler
  ResponseEntity<ProblemDetail> badInput(BadUserInputException e, HttpServletRequest request) {
    return respond(problem(e.getMessage(), e.argument(), request));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    return respond(problem(e.getName() + " must be a whole number", e.getName(), request));
  }

  private static ProblemDetail problem(String detail, String argument, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setInstance(URI.create(request.getRequestURI()));
    problem.setProperty("code", ErrorCode.BAD_USER_INPUT.name());
    problem.setProperty("argument", argument);
    return problem;
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*").body(problem);
  }
}
