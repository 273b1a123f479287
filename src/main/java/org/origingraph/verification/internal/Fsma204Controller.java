package org.origingraph.verification.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.origingraph.api.ErrorCode;
import org.origingraph.gs1.Gtin;
import org.origingraph.gs1.Lot;
import org.origingraph.provenance.BatchKey;
import org.origingraph.provenance.TraceDirection;
import org.origingraph.security.Caller;
import org.origingraph.security.Callers;
import org.origingraph.verification.Recalls;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /exports/fsma204?gtin=&lot=&direction=}: a lot's walk as the FSMA 204 sortable
 * spreadsheet ({@link Fsma204Csv}), UTF-8 with a byte-order mark so that spreadsheet programs read
 * Vietnamese names right. Access as {@code recall}; bad parameters are 400 problem+json naming them.
 */
@RestController
class Fsma204Controller {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final Recalls recalls;

  Fsma204Controller(Recalls recalls) {
    this.recalls = recalls;
  }

  @GetMapping("/exports/fsma204")
  ResponseEntity<?> export(@RequestParam(required = false) @Nullable String gtin,
      @RequestParam(required = false) @Nullable String lot, @RequestParam(required = false) @Nullable String direction) {
    Caller caller = Callers.current();
    if (caller.isAnonymous()) {
      return problem(HttpStatus.UNAUTHORIZED, ErrorCode.UNAUTHENTICATED, "This export needs a valid API key in the X-API-Key header", null);
    }
    String g;
    String l;
    TraceDirection walk;
    try {
      g = Gtin.parse(required("gtin", gtin)).value();
    } catch (IllegalArgumentException e) {
      return problem(HttpStatus.BAD_REQUEST, ErrorCode.BAD_USER_INPUT, "gtin: " + e.getMessage(), "gtin");
    }
    try {
      l = Lot.parse(required("lot", lot)).value();
    } catch (IllegalArgumentException e) {
      return problem(HttpStatus.BAD_REQUEST, ErrorCode.BAD_USER_INPUT, "lot: " + e.getMessage(), "lot");
    }
    try {
      walk = direction == null ? TraceDirection.BOTH : TraceDirection.valueOf(direction.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return problem(HttpStatus.BAD_REQUEST, ErrorCode.BAD_USER_INPUT, "direction must be UPSTREAM, DOWNSTREAM or BOTH", "direction");
    }
    try {
      return recalls.walk(caller, new BatchKey(g, l), walk)
          .<ResponseEntity<?>>map(p -> ResponseEntity.ok().contentType(CSV)
              .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                  .filename("fsma204-" + g + "-" + l.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv").build().toString())
              .body("\uFEFF" + Fsma204Csv.of(p)))
          .orElseGet(() -> problem(HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND, "No lot " + l + " of GTIN " + g, null));
    } catch (AccessDeniedException e) {
      return problem(HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN,
          "This export is for regulators and the lot's own producer", null);
    }
  }

  private static String required(String name, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, ErrorCode code, String detail, @Nullable String parameter) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setInstance(URI.create("/exports/fsma204"));
    problem.setProperty("code", code.name());
    if (parameter != null) {
      problem.setProperty("argument", parameter);
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
