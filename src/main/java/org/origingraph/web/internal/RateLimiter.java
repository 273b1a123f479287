package org.origingraph.web.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.origingraph.web.internal.LimitsProperties.Rate;
import org.origingraph.web.internal.LimitsProperties.RateLimits;

/**
 * Token buckets per caller, in memory, bounded.
 *
 * <p>The buckets live in a Caffeine cache holding at most {@code maxTrackedCallers}, each dropped once
 * unused for the longest configured period: by then it has refilled completely, so dropping it
 * changes nothing for its caller. Under a flood of distinct addresses the least recently seen are
 * dropped first, which can only ever be generous to them, never lock anyone out. Buckets are
 * per instance: behind a load balancer each instance limits on its own. Thread-safe.
 */
final class RateLimiter {

  /** The outcome of one request: whether it may go on, and the figures for the response headers. */
  record Decision(boolean allowed, long capacity, long remaining, long retryAfterSeconds, Rate rate) {}

  private final RateLimits limits;
  private final Cache<String, Bucket> buckets;

  RateLimiter(RateLimits limits) {
    this.limits = limits;
    Duration longest = limits.roles().values().stream().map(Rate::period).max(Comparator.naturalOrder())
        .filter(p -> p.compareTo(limits.authenticated().period()) > 0).orElse(limits.authenticated().period());
    this.buckets = Caffeine.newBuilder().maximumSize(limits.maxTrackedCallers()).expireAfterAccess(longest).build();
  }

  /** Takes one token from {@code caller}'s bucket, creating it full, at {@code rate}, when it is new. */
  Decision tryAcquire(String caller, Rate rate) {
    Bucket bucket = buckets.get(caller + "|" + rate.capacity() + "/" + rate.period(), k -> Bucket.builder()
        .addLimit(limit -> limit.capacity(rate.capacity()).refillGreedy(rate.capacity(), rate.period())).build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    long retryAfter = probe.isConsumed() ? 0 : Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000);
    return new Decision(probe.isConsumed(), rate.capacity(), probe.getRemainingTokens(), retryAfter, rate);
  }

  /**
   * The rate configured for the caller named {@code name} (an API key name or JWT subject), else the
   * most generous rate of its {@code roles}, else the authenticated default.
   */
  Rate rateFor(@Nullable String name, Set<String> roles) {
    Rate own = name == null ? null : limits.callers().get(name);
    if (own != null) {
      return own;
    }
    return roles.stream().map(limits.roles()::get).filter(r -> r != null)
        .max(Comparator.comparingDouble(r -> r.capacity() / (double) r.period().toNanos()))
        .orElse(limits.authenticated());
  }

  /** How many buckets are held now; at most {@code maxTrackedCallers} once the cache has tidied up. */
  long trackedCallers() {
    buckets.cleanUp();
    return buckets.estimatedSize();
  }

  /**
   * The key of an anonymous caller: its IPv4 address, or the /64 network of an IPv6 address, since
   * one host usually holds a whole /64 and could otherwise take a fresh bucket per request.
   */
  static String clientKey(String remoteAddress) {
    try {
      byte[] address = InetAddress.ofLiteral(remoteAddress).getAddress();
      if (address.length == 16) {
        for (int i = 8; i < 16; i++) {
          address[i] = 0;
        }
        return "ip:" + InetAddress.getByAddress(address).getHostAddress() + "/64";
      }
      return "ip:" + InetAddress.getByAddress(address).getHostAddress();
    } catch (IllegalArgumentException | UnknownHostException notAnAddress) {
      return "ip:" + remoteAddress;
    }
  }
}
