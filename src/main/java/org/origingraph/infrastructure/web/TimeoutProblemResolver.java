package org.origingraph.infrastructure.web;

import java.io.IOException;

import org.origingraph.api.RequestIds;
import org.origingraph.api.Timeouts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers every HTTP request that ran out of time with 503 and an RFC 9457 problem
 * ({@code application/problem+json}), never with an empty body: the servlet container's
 * asynchronous timeout, and a database statement that the database terminated because its
 * transaction timeout passed, on any endpoint.
 *
 * <p>Runs ahead of the controller advices, which would otherwise report a terminated statement as an
 * internal error.
 */
@Component
class TimeoutProblemResolver implements HandlerExceptionResolver, Ordered {

  private static final Logger log = LoggerFactory.getLogger(TimeoutProblemResolver.class);

  @Override
  public @Nullable ModelAndView resolveException(
      HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception ex) {
    if (!(ex instanceof AsyncRequestTimeoutException) && !Timeouts.isTimeout(ex)) {
      return null;
    }
    log.warn("{} {} ran out of time: {}", request.getMethod(), request.getRequestURI(), ex.toString());
    if (response.isCommitted()) {
      return new ModelAndView();
    }
    try {
      response.resetBuffer();
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response.setHeader("Retry-After", "5");
      response.getWriter().write("""
          {"type":"about:blank","title":"Service Unavailable","status":503,\
          "detail":"The request did not finish within the time budget; ask for less or retry later",\
          "code":"TIMEOUT","instance":"%s"%s}""".formatted(request.getRequestURI().replace("\"", "%22"),
          RequestIds.current() == null ? "" : ",\"requestId\":\"" + RequestIds.current() + "\""));
      response.flushBuffer();
    } catch (IOException e) {
      log.debug("Could not write the timeout problem", e);
    }
    return new ModelAndView();
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
