package org.origingraph.web.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code origin.limits.*}: the HTTP edge's limits. See docs/limits.md.
 *
 * @param enabled master switch: false turns off the body size limit, the rate limits and the GraphQL
 *     cost and alias limits (for benchmarks); the GraphQL depth limit stays
 * @param maxBodySize largest request body accepted (the EPCIS capture endpoint has its own,
 *     {@code origin.epcis.max-document-bytes})
 * @param bodyExemptPaths paths whose body size their endpoint limits itself
 * @param rate the per-caller rate limits
 */
@ConfigurationProperties("origin.limits")
record LimitsProperties(Boolean enabled, DataSize maxBodySize, List<String> bodyExemptPaths, RateLimits rate) {

  LimitsProperties {
    enabled = enabled == null || enabled;
    maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(256) : maxBodySize;
    bodyExemptPaths = bodyExemptPaths == null ? List.of("/epcis/capture") : List.copyOf(bodyExemptPaths);
    rate = rate == null ? new RateLimits(null, null, null, null, null, null) : rate;
  }

  /**
   * @param enabled false turns the rate limits off alone
   * @param roles rate per role name ({@code PUBLIC}: callers without credentials, per client IP); a
   *     caller with several roles gets the most generous; merged entry by entry over the defaults
   * @param authenticated rate of an authenticated caller none of whose roles is in {@code roles}
   * @param maxTrackedCallers most callers (IPs, keys, subjects) whose buckets are kept; the least
   *     recently seen are dropped beyond that, which only ever gives them a full bucket again
   * @param exemptPaths path prefixes never rate limited (health probes)
   * @param callers rate of particular callers by API key name or JWT subject, over their role's rate:
   *     a partner's bulk integration, say, or a key that a test exhausts on purpose
   */
  record RateLimits(Boolean enabled, Map<String, Rate> roles, Rate authenticated, Integer maxTrackedCallers,
      List<String> exemptPaths, Map<String, Rate> callers) {

    RateLimits {
      enabled = enabled == null || enabled;
      Map<String, Rate> all = new LinkedHashMap<>();
      all.put("PUBLIC", new Rate(300L, Duration.ofMinutes(1)));
      all.put("IMPORTER", new Rate(1200L, Duration.ofMinutes(1)));
      all.put("PRODUCER", new Rate(1200L, Duration.ofMinutes(1)));
      all.put("REGULATOR", new Rate(3000L, Duration.ofMinutes(1)));
      all.put("ADMIN", new Rate(3000L, Duration.ofMinutes(1)));
      if (roles != null) {
        all.putAll(roles);
      }
      roles = Map.copyOf(all);
      authenticated = authenticated == null ? new Rate(600L, Duration.ofMinutes(1)) : authenticated;
      maxTrackedCallers = maxTrackedCallers == null ? 50_000 : maxTrackedCallers;
      exemptPaths = exemptPaths == null ? List.of("/actuator/health") : List.copyOf(exemptPaths);
      callers = callers == null ? Map.of() : Map.copyOf(callers);
    }
  }

  /**
   * A token bucket: up to {@code capacity} requests at once, refilled at {@code capacity} per
   * {@code period}, evenly.
   */
  record Rate(Long capacity, Duration period) {
    Rate {
      capacity = capacity == null ? 300L : capacity;
      period = period == null ? Duration.ofMinutes(1) : period;
      if (capacity < 1 || period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException("A rate needs a capacity of at least 1 and a positive period");
      }
    }
  }

  /** Whether {@code path} is one of {@code prefixes} or below one. */
  static boolean matches(List<String> prefixes, @Nullable String path) {
    if (path == null) {
      return false;
    }
    for (String prefix : prefixes) {
      if (path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/")) {
        return true;
      }
    }
    return false;
  }
}
