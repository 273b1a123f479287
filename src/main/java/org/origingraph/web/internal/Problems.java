package org.origingraph.web.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.origingraph.api.ErrorCode;
import org.origingraph.api.RequestIds;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem documents with a {@code code}, the one shape every HTTP error of this service has,
 * whether a filter, the error page or an exception handler writes it.
 */
final class Problems {

  private static final JsonMapper json = JsonMapper.builder().build();

  private Problems() {}

  /** The members of a problem: {@code type, title, status, detail, instance, code}, then {@code more}. */
  static Map<String, Object> body(HttpStatus status, ErrorCode code, String detail, @Nullable String instance,
      Map<String, ?> more) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", status.getReasonPhrase());
    body.put("status", status.value());
    body.put("detail", detail);
    if (instance != null) {
      body.put("instance", instance);
    }
    body.put("code", code.name());
    if (RequestIds.current() != null) {
      body.put("requestId", RequestIds.current());
    }
    body.putAll(more);
    return body;
  }

  /** Writes a problem as the whole response; the response must not be committed. */
  static void write(HttpServletResponse response, HttpStatus status, ErrorCode code, String detail,
      @Nullable String instance, Map<String, ?> more) throws IOException {
    response.resetBuffer();
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    byte[] bytes = json.writeValueAsBytes(body(status, code, detail, instance, more));
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
    response.flushBuffer();
  }

  /** The code a status stands for, when nothing more specific is known. */
  static ErrorCode codeFor(int status) {
    return switch (status) {
      case 400 -> ErrorCode.BAD_REQUEST;
      case 401 -> ErrorCode.UNAUTHENTICATED;
      case 403 -> ErrorCode.FORBIDDEN;
      case 404, 410 -> ErrorCode.NOT_FOUND;
      case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
      case 406 -> ErrorCode.NOT_ACCEPTABLE;
      case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
      case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
      case 429 -> ErrorCode.RATE_LIMITED;
      default -> status >= 500 ? ErrorCode.INTERNAL : ErrorCode.BAD_REQUEST;
    };
  }

  /** A sentence for a status when nothing more specific is known; never an exception's message. */
  static String detailFor(int status, @Nullable String path) {
    String where = path == null ? "this resource" : path;
    return switch (status) {
      case 400 -> "The request is malformed";
      case 401 -> "This request needs valid credentials";
      case 403 -> "The caller may not do this";
      case 404, 410 -> "There is nothing at " + where;
      case 405 -> where + " does not answer this HTTP method";
      case 406 -> where + " cannot answer in a media type the request accepts";
      case 413 -> "The request body is too large";
      case 415 -> where + " does not read this request body's media type";
      case 429 -> "Too many requests";
      default -> status >= 500 ? "Internal error" : "The request was refused";
    };
  }

  /** The status as an {@link HttpStatus}, 500 for a code Spring does not know. */
  static HttpStatus status(int status) {
    HttpStatus resolved = HttpStatus.resolve(status);
    return resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved;
  }
}
