package org.origingraph.infrastructure.web;

import java.io.IOException;

import org.origingraph.api.RequestIds;
import org.origingraph.api.Unavailable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers every HTTP request that failed because the database is out of reach with 503, an RFC 9457
 * problem with {@code code: UNAVAILABLE} and {@code Retry-After}, on any endpoint: "retry", not
 * "internal error, quote incident".
 *
 * <p>Logs one line at debug level per request and never a stack trace: during an outage every request
 * fails alike; {@code DatabaseReachability} logs the outage once when it begins and once when it ends.
 * Runs ahead of the controller advices, which would report the failure as an internal error.
 */
@Component
class UnavailableProblemResolver implements HandlerExceptionResolver, Ordered {

  private static final Logger log = LoggerFactory.getLogger(UnavailableProblemResolver.class);

  @Override
  public @Nullable ModelAndView resolveException(
      HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception ex) {
    if (!Unavailable.isUnavailable(ex)) {
      return null;
    }
    log.debug("{} {}: database unavailable: {}", request.getMethod(), request.getRequestURI(), ex.toString());
    if (response.isCommitted()) {
      return new ModelAndView();
    }
    try {
      response.resetBuffer();
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response.setHeader("Retry-After", Integer.toString(Unavailable.RETRY_AFTER_SECONDS));
      String requestId = RequestIds.current();
      response.getWriter().write("""
          {"type":"about:blank","title":"Service Unavailable","status":503,\
          "detail":"The database is unavailable right now; nothing was done, send the request again in a few seconds",\
          "code":"UNAVAILABLE","instance":"%s"%s}""".formatted(request.getRequestURI().replace("\"", "%22"),
          requestId == null ? "" : ",\"requestId\":\"" + requestId + "\""));
      response.flushBuffer();
    } catch (IOException e) {
      log.debug("Could not write the unavailable problem", e);
    }
    return new ModelAndView();
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 1;
  }
}
