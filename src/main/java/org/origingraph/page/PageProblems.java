package org.origingraph.page;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The consumer page's errors for JSON clients: RFC 9457 problem documents with the API's {@code code}. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = PageController.class)
class PageProblems {

  @ExceptionHandler
  ResponseEntity<ProblemDetail> problem(PageProblem e, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
    problem.setInstance(URI.create(request.getRequestURI()));
    problem.setProperty("code", e.code().name());
    return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
