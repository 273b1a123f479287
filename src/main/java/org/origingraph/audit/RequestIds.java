package org.origingraph.audit;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The id of the current request, for the audit trail: the client's (or a proxy's) {@code X-Request-Id}
 * when it sent a sane one, else the {@code requestId} a logging filter put in the MDC, else one made
 * up once per request and kept on it, so that every record of one request carries the same id.
 */
public final class RequestIds {

  /** The header read. */
  public static final String HEADER = "X-Request-Id";
  private static final String ATTRIBUTE = "org.origingraph.audit.RequestIds";
  /** Where GraphQL requests carry their id, for data fetchers that run off the request's thread. */
  public static final String CONTEXT_KEY = "org.origingraph.audit.requestId";
  private static final ThreadLocal<@Nullable String> GIVEN = new ThreadLocal<>();
  /** What is accepted from outside: printable, no spaces, short enough for a log line. */
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

  private RequestIds() {}

  /** {@code header} when it is a sane request id, else null. */
  public static @Nullable String accepted(@Nullable String header) {
    return header != null && SANE.matcher(header).matches() ? header : null;
  }

  /**
   * Runs {@code work} with {@code id} as the current request's id (a GraphQL data fetcher passing on
   * the id from its context, which {@code RequestContextHolder} does not reach); {@code null} changes nothing.
   */
  public static <T> T within(@Nullable String id, java.util.function.Supplier<T> work) {
    if (id == null) {
      return work.get();
    }
    String before = GIVEN.get();
    GIVEN.set(id);
    try {
      return work.get();
    } finally {
      if (before == null) {
        GIVEN.remove();
      } else {
        GIVEN.set(before);
      }
    }
  }

  /** The current request's id; a fresh one outside a request. */
  public static String current() {
    String given = GIVEN.get();
    if (given != null) {
      return given;
    }
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (!(attributes instanceof ServletRequestAttributes servlet)) {
      return UUID.randomUUID().toString();
    }
    HttpServletRequest request = servlet.getRequest();
    if (request.getAttribute(ATTRIBUTE) instanceof String known) {
      return known;
    }
    String id = accepted(request.getHeader(HEADER));
    if (id == null) {
      id = accepted(MDC.get("requestId")); // one a filter may have made up for the logs
    }
    if (id == null) {
      id = UUID.randomUUID().toString();
    }
    request.setAttribute(ATTRIBUTE, id);
    return id;
  }
}
