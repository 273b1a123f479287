package org.origingraph.infrastructure.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.origingraph.api.RequestIds;
import org.origingraph.api.Unavailable;
import org.origingraph.infrastructure.neo4j.DatabaseReachability;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database monitor ({@link DatabaseReachability}) finds the database out of reach, refuses
 * requests at once with 503 and {@code Retry-After}: a GraphQL error with {@code extensions.code:
 * UNAVAILABLE} on the GraphQL endpoint, an {@code UNAVAILABLE} problem elsewhere.
 *
 * <p>Without it a request would wait for the driver to give up, and the driver's timeouts cannot be
 * made short enough to answer within a second without refusing real work on a busy machine (a new
 * connection there can take longer than that): a database that is restarting accepts connections
 * before it answers. The gate opens as soon as a probe succeeds. The actuator (health probes) and
 * GraphiQL's page pass always. Requests that were already running when the database went away fail
 * through the driver and are answered alike ({@link UnavailableProblemResolver}, and in GraphQL the
 * API's error resolver).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnavailableGate extends OncePerRequestFilter {

  private final DatabaseReachability database;
  private final String graphQlPath;

  UnavailableGate(DatabaseReachability database, @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
    this.database = database;
    this.graphQlPath = graphQlPath;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return database.isUp() || path.startsWith("/actuator") || path.startsWith("/graphiql");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String message = "The database is unavailable right now; nothing was done, send the request again in a few seconds";
    String requestId = RequestIds.current();
    String id = requestId == null ? "" : ",\"requestId\":\"" + requestId + "\"";
    String body;
    if (graphQlPath.equals(request.getRequestURI())) {
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      body = """
          {"errors":[{"message":"%s","extensions":{"code":"UNAVAILABLE","retryAfterSeconds":%d%s}}]}""".formatted(
          message, Unavailable.RETRY_AFTER_SECONDS, id);
    } else {
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      body = """
          {"type":"about:blank","title":"Service Unavailable","status":503,"detail":"%s","code":"UNAVAILABLE","instance":"%s"%s}"""
          .formatted(message, request.getRequestURI().replace("\"", "%22"), id);
    }
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", Integer.toString(Unavailable.RETRY_AFTER_SECONDS));
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(body);
  }
}
