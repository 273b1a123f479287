package org.origingraph.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.origingraph.web.internal.LimitsProperties.Rate;
import org.origingraph.web.internal.LimitsProperties.RateLimits;

class RateLimiterTests {

  private static final Rate TWO_AN_HOUR = new Rate(2L, Duration.ofHours(1));

  private final RateLimiter limiter = new RateLimiter(new RateLimits(true,
      Map.of("PUBLIC", TWO_AN_HOUR, "IMPORTER", new Rate(100L, Duration.ofMinutes(1))), new Rate(10L, Duration.ofMinutes(1)),
      1000, List.of(), Map.of("bulk-partner", new Rate(5000L, Duration.ofMinutes(1)))));

  @Test
  void tryAcquire_refusesPastTheCapacityAndSaysWhenToRetry() {
    assertThat(limiter.tryAcquire("ip:192.0.2.1", TWO_AN_HOUR).allowed()).isTrue();
    assertThat(limiter.tryAcquire("ip:192.0.2.1", TWO_AN_HOUR).remaining()).isZero();
    RateLimiter.Decision refused = limiter.tryAcquire("ip:192.0.2.1", TWO_AN_HOUR);
    assertThat(refused.allowed()).isFalse();
    // two an hour refill one token every 30 minutes
    assertThat(refused.retryAfterSeconds()).isBetween(1790L, 1800L);
  }

  @Test
  void tryAcquire_keepsABucketPerCaller() {
    limiter.tryAcquire("ip:192.0.2.2", TWO_AN_HOUR);
    limiter.tryAcquire("ip:192.0.2.2", TWO_AN_HOUR);
    assertThat(limiter.tryAcquire("ip:192.0.2.2", TWO_AN_HOUR).allowed()).isFalse();
    assertThat(limiter.tryAcquire("ip:192.0.2.3", TWO_AN_HOUR).allowed()).isTrue();
    assertThat(limiter.tryAcquire("caller:importer-key", TWO_AN_HOUR).allowed()).isTrue();
  }

  @Test
  void rateFor_givesTheMostGenerousRoleAndTheDefaultForUnlistedRoles() {
    assertThat(limiter.rateFor(null, Set.of("PUBLIC"))).isEqualTo(TWO_AN_HOUR);
    assertThat(limiter.rateFor(null, Set.of("PUBLIC", "IMPORTER")).capacity()).isEqualTo(100L);
    assertThat(limiter.rateFor(null, Set.of("AUDITOR")).capacity()).isEqualTo(10L);
    assertThat(limiter.rateFor(null, Set.of()).capacity()).isEqualTo(10L);
  }

  @Test
  void rateFor_givesACallerConfiguredByNameItsOwnRateOverItsRoles() {
    assertThat(limiter.rateFor("bulk-partner", Set.of("IMPORTER")).capacity()).isEqualTo(5000L);
    assertThat(limiter.rateFor("other-importer", Set.of("IMPORTER")).capacity()).isEqualTo(100L);
  }

  @Test
  void trackedCallers_staysWithinTheConfiguredMaximum() {
    for (int i = 0; i < 5000; i++) {
      limiter.tryAcquire("ip:10.0." + (i / 256) + "." + (i % 256), TWO_AN_HOUR);
    }
    assertThat(limiter.trackedCallers()).isLessThanOrEqualTo(1000);
  }

  @Test
  void clientKey_groupsAnIpv6NetworkAndKeepsIpv4Addresses() {
    assertThat(RateLimiter.clientKey("2001:db8:1:2:aaaa::1")).isEqualTo(RateLimiter.clientKey("2001:db8:1:2:bbbb::9"));
    assertThat(RateLimiter.clientKey("2001:db8:1:2::1")).isNotEqualTo(RateLimiter.clientKey("2001:db8:1:3::1"));
    assertThat(RateLimiter.clientKey("192.0.2.7")).isEqualTo("ip:192.0.2.7");
    assertThat(RateLimiter.clientKey("192.0.2.7")).isNotEqualTo(RateLimiter.clientKey("192.0.2.8"));
  }
}
