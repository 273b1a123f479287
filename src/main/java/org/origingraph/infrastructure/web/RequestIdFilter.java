package org.origingraph.infrastructure.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.origingraph.api.RequestIds;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id ({@link RequestIds}) before any other filter runs, so that the security,
 * limit and error answers carry it too. A caller's {@code X-Request-Id} is kept when it is short and
 * plain (letters, digits, {@code -_.:}); anything else is replaced, so that a log line cannot be forged
 * through the header.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

  private static final String ATTRIBUTE = RequestIdFilter.class.getName();
  private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // An asynchronous dispatch (GraphQL answers asynchronously) keeps the id of the first one.
    String id = request.getAttribute(ATTRIBUTE) instanceof String kept ? kept : accepted(request.getHeader(RequestIds.HEADER));
    request.setAttribute(ATTRIBUTE, id);
    MDC.put(RequestIds.MDC_KEY, id);
    response.setHeader(RequestIds.HEADER, id);
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove(RequestIds.MDC_KEY);
    }
  }

  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return false;
  }

  private static String accepted(@Nullable String given) {
    return given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
  }
}
