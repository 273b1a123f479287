package org.origingraph.infrastructure.neo4j;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.TransactionConfig;
import org.origingraph.api.Unavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers, as seen from this instance: probed in the background every
 * {@code origin.neo4j.reachability.interval} with a trivial statement, so that the health check never
 * waits for the database (a readiness probe that hangs during an outage is as bad as one that lies).
 *
 * <p>It is the {@code database} health contributor, part of the readiness group and not of liveness
 * (application.yml): while the database is out of reach the load balancer stops sending traffic, and
 * the orchestrator does not restart an instance that would recover by itself. It logs once when the
 * database goes out of reach and once when it is back, never per request.
 */
@Component("database")
public class DatabaseReachability implements HealthIndicator, SmartLifecycle {

  /** The probe: the cheapest statement the database must answer; tests that count statements leave it out. */
  public static final String PROBE_STATEMENT = "RETURN 1";


  private static final Logger log = LoggerFactory.getLogger(DatabaseReachability.class);

  /** A probe's outcome. {@code detail} is the failure's class and message, never a stack trace. */
  record State(boolean up, Instant since, @Nullable String detail) {}

  private final Driver driver;
  private final Duration interval;
  private final TransactionConfig probe;
  private final AtomicReference<State> state = new AtomicReference<>(new State(true, Instant.now(), null));
  private volatile @Nullable Thread prober;

  public DatabaseReachability(Driver driver, @Value("${origin.neo4j.reachability.interval:500ms}") Duration interval) {
    this.driver = driver;
    this.interval = interval;
    this.probe = TransactionConfig.builder().withTimeout(Duration.ofSeconds(2))
        .withMetadata(Map.of("app", "origin-graph", "statement", "reachability")).build();
  }

  @Override
  public Health health() {
    State current = state.get();
    var health = current.up() ? Health.up() : Health.down();
    health.withDetail("since", current.since().toString());
    if (current.detail() != null) {
      health.withDetail("error", current.detail());
    }
    return health.build();
  }

  /** Whether the last probe found the database answering. */
  public boolean isUp() {
    return state.get().up();
  }

  /** Probes once, now, and records the outcome. */
  public void probe() {
    try (var session = driver.session()) {
      session.run(new Query(PROBE_STATEMENT), probe).consume();
      record(true, null);
    } catch (RuntimeException e) {
      // A database that answers at all, even that it terminated the probe because a cold or busy
      // server took longer than the probe's timeout, is reachable: only failures that mean "out of
      // reach" take the instance out of service.
      record(!Unavailable.isUnavailable(e), e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private void record(boolean up, @Nullable String detail) {
    State before = state.get();
    if (before.up() == up) {
      return;
    }
    Instant now = Instant.now();
    if (state.compareAndSet(before, new State(up, now, detail))) {
      if (up) {
        log.info("Neo4j reachable again after {} ms; readiness UP", Duration.between(before.since(), now).toMillis());
      } else {
        log.warn("Neo4j unreachable ({}); readiness DOWN, requests answered UNAVAILABLE until it is back", detail);
      }
    }
  }

  @Override
  public void start() {
    prober = Thread.ofVirtual().name("neo4j-reachability").start(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        probe();
        try {
          Thread.sleep(interval);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
  }

  @Override
  public void stop() {
    Thread running = prober;
    prober = null;
    if (running != null) {
      running.interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return prober != null;
  }
}
