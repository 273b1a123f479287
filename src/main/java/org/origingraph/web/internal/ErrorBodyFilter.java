package org.origingraph.web.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;
import org.origingraph.api.ErrorCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives a problem document to every error response that would otherwise have an empty body.
 *
 * <p>Some answers are built as a bare status, with no exception anyone could handle: Spring Boot's
 * GraphQL route answers a POST that is not JSON with an empty 415 and a GET with an empty 405. A
 * client then learns neither what went wrong nor what to send instead. This filter notices an error
 * status whose body nobody started and writes {@code application/problem+json}, naming the accepted
 * media types ({@code Accept}) or methods ({@code Allow}) that the response's headers already list.
 * Responses sent with {@code sendError} are left to the error page; asynchronous ones (GraphQL
 * results) always carry a body of their own.
 */
final class ErrorBodyFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Watched watched = new Watched(response);
    chain.doFilter(request, watched);
    int status = watched.getStatus();
    if (status < 400 || request.isAsyncStarted() || watched.untouchable() || "HEAD".equals(request.getMethod())) {
      return;
    }
    String path = request.getRequestURI();
    ErrorCode code = Problems.codeFor(status);
    String accept = watched.getHeader(HttpHeaders.ACCEPT);
    String allow = watched.getHeader(HttpHeaders.ALLOW);
    if (status == 415 && StringUtils.hasText(accept)) {
      List<String> accepted = split(accept);
      Problems.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, code,
          path + " does not read " + describe(request.getContentType()) + "; send " + String.join(" or ", accepted),
          path, Map.of("accepted", accepted));
    } else if (status == 405 && StringUtils.hasText(allow)) {
      List<String> allowed = split(allow);
      Problems.write(response, HttpStatus.METHOD_NOT_ALLOWED, code,
          path + " does not answer " + request.getMethod() + "; use " + String.join(" or ", allowed),
          path, Map.of("allowed", allowed));
    } else {
      Problems.write(response, Problems.status(status), code, Problems.detailFor(status, path), path, Map.of());
    }
  }

  private static String describe(@Nullable String contentType) {
    return StringUtils.hasText(contentType) ? "a " + contentType.toLowerCase(Locale.ROOT) + " body" : "a body without Content-Type";
  }

  private static List<String> split(String header) {
    return StringUtils.commaDelimitedListToSet(header).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Remembers whether anyone began a body or sent an error, after which the response is not ours to write. */
  private static final class Watched extends HttpServletResponseWrapper {

    private boolean bodyStarted;
    private boolean errorSent;

    Watched(HttpServletResponse response) {
      super(response);
    }

    boolean untouchable() {
      return bodyStarted || errorSent || isCommitted() || getContentType() != null;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      bodyStarted = true;
      return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      bodyStarted = true;
      return super.getWriter();
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
      errorSent = true;
      super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
      errorSent = true;
      super.sendError(sc);
    }
  }
}
