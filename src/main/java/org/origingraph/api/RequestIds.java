package org.origingraph.api;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * The id of the HTTP request being served: the caller's {@code X-Request-Id} when it sent a sensible
 * one, else one generated at the edge. It is in the logging MDC under {@link #MDC_KEY} for the whole
 * request (so in every log line, see the logging pattern in application.yml), in the response header,
 * and in every error answer ({@code extensions.requestId}, the problem's {@code requestId}), so that a
 * caller's report finds the log lines.
 */
public final class RequestIds {

  /** The request and response header. */
  public static final String HEADER = "X-Request-Id";
  /** The MDC key. */
  public static final String MDC_KEY = "requestId";

  private RequestIds() {}

  /** The current request's id, or {@code null} outside a request. */
  public static @Nullable String current() {
    return MDC.get(MDC_KEY);
  }
}
