package org.origingraph.web.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.origingraph.api.CallerRoles;
import org.origingraph.api.ErrorCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One token per request from the caller's bucket; none left is 429 with {@code Retry-After}.
 *
 * <p>Runs after Spring Security, so the caller is known: an authenticated caller (API key, JWT) has
 * a bucket of its own, keyed by its name, at the rate of its roles; an anonymous one is
 * {@code PUBLIC}, per client address (behind a proxy, set {@code server.forward-headers-strategy} so
 * that the address is the client's). Every limited response says {@code X-RateLimit-Limit} and
 * {@code X-RateLimit-Remaining}.
 */
final class RateLimitFilter extends OncePerRequestFilter {

  private final RateLimiter limiter;
  private final LimitsProperties.RateLimits limits;

  RateLimitFilter(RateLimiter limiter, LimitsProperties.RateLimits limits) {
    this.limiter = limiter;
    this.limits = limits;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return LimitsProperties.matches(limits.exemptPaths(), request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    String name = CallerRoles.name(authentication);
    String caller = name == null ? RateLimiter.clientKey(request.getRemoteAddr()) : "caller:" + name;
    RateLimiter.Decision decision = limiter.tryAcquire(caller, limiter.rateFor(name, CallerRoles.of(authentication)));
    response.setHeader("X-RateLimit-Limit", Long.toString(decision.capacity()));
    response.setHeader("X-RateLimit-Remaining", Long.toString(decision.remaining()));
    if (decision.allowed()) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
    Map<String, Object> more = new LinkedHashMap<>();
    more.put("limit", decision.capacity());
    more.put("period", decision.rate().period().toString());
    more.put("retryAfterSeconds", decision.retryAfterSeconds());
    Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, ErrorCode.RATE_LIMITED,
        "More than " + decision.capacity() + " requests in " + decision.rate().period().toString().substring(2).toLowerCase()
            + (name == null ? " from this address" : " with these credentials") + "; retry in " + decision.retryAfterSeconds() + " s",
        request.getRequestURI(), more);
  }
}
