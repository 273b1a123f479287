package org.origingraph.infrastructure.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.origingraph.api.RequestIds;
import org.origingraph.security.Caller;
import org.origingraph.security.Callers;
import org.origingraph.security.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who reads the actuator: health (with its liveness and readiness groups) and info are public, for
 * load balancers and orchestrators; everything else ({@code /actuator/prometheus},
 * {@code /actuator/metrics}) needs an ADMIN caller (an ADMIN API key or JWT), because metrics name
 * endpoints, callers' error rates and cache sizes an outsider has no business with. A Prometheus
 * server scrapes with an ADMIN key in the {@code X-API-Key} header (docs/operations.md).
 *
 * <p>Runs after Spring Security's filter chain (order 0 > its -100), which has identified the caller.
 */
@Component
@Order(0)
class ActuatorAccessFilter extends OncePerRequestFilter {

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return !path.startsWith("/actuator") || path.equals("/actuator/health") || path.startsWith("/actuator/health/")
        || path.equals("/actuator/info");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Caller caller = Callers.current();
    if (caller.role() == Role.ADMIN) {
      chain.doFilter(request, response);
      return;
    }
    boolean anonymous = caller.isAnonymous();
    response.setStatus(anonymous ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    String requestId = RequestIds.current();
    response.getWriter().write("""
        {"type":"about:blank","title":"%s","status":%d,"detail":"%s","code":"%s"%s}""".formatted(
        anonymous ? "Unauthorized" : "Forbidden", anonymous ? 401 : 403,
        "The actuator's metrics need an ADMIN API key in the X-API-Key header",
        anonymous ? "UNAUTHENTICATED" : "FORBIDDEN", requestId == null ? "" : ",\"requestId\":\"" + requestId + "\""));
  }
}
