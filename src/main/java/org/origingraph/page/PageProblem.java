package org.origingraph.page;

import org.origingraph.api.ErrorCode;
import org.springframework.http.HttpStatus;

/** A consumer page request a JSON client made that cannot be answered; {@link PageProblems} writes it. */
final class PageProblem extends RuntimeException {

  private final HttpStatus status;
  private final ErrorCode code;

  PageProblem(HttpStatus status, ErrorCode code, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.code = code;
  }

  HttpStatus status() {
    return status;
  }

  ErrorCode code() {
    return code;
  }
}
