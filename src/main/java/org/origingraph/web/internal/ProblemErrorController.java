package org.origingraph.web.internal;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.origingraph.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page: everything the servlet container or a filter answers with {@code sendError}, and
 * every exception that escapes a filter, becomes {@code application/problem+json} with a code, in
 * place of Spring Boot's default error JSON.
 *
 * <p>That covers what happens before Spring MVC: Spring Security's firewall refusing a URL, Tomcat
 * refusing parameters, an unexpected failure in a filter. Exception messages are not shown (they may
 * hold internals); a 5xx is logged with an incident id that the answer quotes.
 */
@RestController
class ProblemErrorController implements ErrorController {

  private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);
  private static final Pattern PARAMETER = Pattern.compile("Parameter \\[([^\\]]{1,100})]");

  @RequestMapping("${server.error.path:${error.path:/error}}")
  ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : null;
    Throwable exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t : null;
    int status = code instanceof Integer number ? number : 404;
    String parameter = invalidParameter(exception);
    if (parameter != null) {
      return respond(Problems.body(HttpStatus.BAD_REQUEST, ErrorCode.BAD_USER_INPUT,
          "Parameter " + parameter + " is not validly percent-encoded UTF-8 (write a literal % as %25)", path,
          Map.of("argument", parameter)), 400);
    }
    if (status >= 500) {
      String incident = UUID.randomUUID().toString();
      log.error("Request {} failed, incident {}", path, incident, exception);
      return respond(Problems.body(Problems.status(status), ErrorCode.INTERNAL,
          "Internal error; quote incident " + incident + " when reporting it", path, Map.of("incident", incident)), status);
    }
    return respond(Problems.body(Problems.status(status), Problems.codeFor(status), Problems.detailFor(status, path),
        path, Map.of()), status);
  }

  /** The parameter Tomcat could not decode, named in its message, which is all its exception tells. */
  private static @Nullable String invalidParameter(@Nullable Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof InvalidParameterException invalid && invalid.getMessage() != null) {
        Matcher matcher = PARAMETER.matcher(invalid.getMessage());
        return matcher.find() ? matcher.group(1) : "(unnamed)";
      }
    }
    return null;
  }

  private static ResponseEntity<Map<String, Object>> respond(Map<String, Object> body, int status) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }
}
