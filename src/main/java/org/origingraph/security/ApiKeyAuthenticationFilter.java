package org.origingraph.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries an API key; leaves a request without one anonymous.
 *
 * <p>A key that matches no configured hash is refused at once with 401 and a problem+json body,
 * rather than treated as anonymous, so that a client with a mistyped key learns it immediately
 * instead of seeing its writes refused later for a less obvious reason. Hashes are compared in
 * constant time.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

  private static final int MAX_KEY_LENGTH = 256;

  private final ApiKeyProperties properties;
  private final List<byte[]> hashes;

  ApiKeyAuthenticationFilter(ApiKeyProperties properties) {
    this.properties = properties;
    this.hashes = properties.keys().stream().map(k -> HexFormat.of().parseHex(k.sha256().toLowerCase())).toList();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(properties.header());
    if (key == null) {
      chain.doFilter(request, response);
      return;
    }
    ApiKeyProperties.Key match = key.length() <= MAX_KEY_LENGTH ? find(sha256(key)) : null;
    if (match == null) {
      reject(response);
      return;
    }
    var authentication = new CallerAuthentication(match.caller());
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private ApiKeyProperties.Key find(byte[] hash) {
    ApiKeyProperties.Key found = null;
    // Compare against every key so that timing does not reveal which position matched.
    for (int i = 0; i < hashes.size(); i++) {
      if (MessageDigest.isEqual(hashes.get(i), hash)) {
        found = properties.keys().get(i);
      }
    }
    return found;
  }

  private void reject(HttpServletResponse response) throws IOException {
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("""
        {"type":"about:blank","title":"Unauthorized","status":401,\
        "detail":"The API key in the %s header is not valid","code":"UNAUTHENTICATED"}"""
        .formatted(properties.header()));
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
