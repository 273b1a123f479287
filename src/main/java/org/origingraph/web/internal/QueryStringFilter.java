package org.origingraph.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.origingraph.api.ErrorCode;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query string that does not decode, with 400 naming the parameter, before anything reads it.
 *
 * <p>Tomcat decodes the query string lazily, at the first {@code getParameter} call, and throws when a
 * {@code %} is not followed by two hex digits or the bytes are not UTF-8. Whoever asks first then
 * fails with an unrelated error: a 500 from an endpoint's catch-all handler, Spring's default error
 * JSON from another. Checking here, with the same rules, answers every endpoint alike.
 */
final class QueryStringFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String query = request.getQueryString();
    String bad = query == null ? null : firstMalformed(query);
    if (bad != null) {
      Problems.write(response, HttpStatus.BAD_REQUEST, ErrorCode.BAD_USER_INPUT,
          "Query parameter " + bad + " is not validly percent-encoded UTF-8 (write a literal % as %25)",
          request.getRequestURI(), Map.of("argument", bad));
      return;
    }
    chain.doFilter(request, response);
  }

  /** The name of the first parameter whose name or value does not decode, decoded when it can be. */
  static @Nullable String firstMalformed(String query) {
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      String decodedName = decode(name);
      if (decodedName == null || decode(value) == null) {
        return decodedName == null ? name : decodedName;
      }
    }
    return null;
  }

  /** {@code text} percent-decoded as UTF-8 ({@code +} is a space); null when it is malformed. */
  static @Nullable String decode(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c == '%') {
        if (i + 2 >= text.length()) {
          return null;
        }
        char high = text.charAt(i + 1);
        char low = text.charAt(i + 2);
        if (!HexFormat.isHexDigit(high) || !HexFormat.isHexDigit(low)) {
          return null;
        }
        bytes.write(HexFormat.fromHexDigit(high) * 16 + HexFormat.fromHexDigit(low));
        i += 3;
      } else {
        bytes.writeBytes(c == '+' ? new byte[] {' '} : Character.toString(c).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(c);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException malformed) {
      return null;
    }
  }
}
