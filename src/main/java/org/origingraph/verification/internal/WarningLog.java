package org.origingraph.verification.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.origingraph.verification.Warning;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The warnings raised by events (findings on captured data, stamps scanned often): kept in memory, the
 * newest {@code origin.verification.warning-log-size}, oldest dropped first, one per id; and pushed to
 * subscribers as they are raised. Per instance and lost on restart (docs/verification.md says why that
 * is acceptable for now). Thread-safe.
 */
@Component
public class WarningLog {

  private final int capacity;
  private final Map<String, Warning> byId;
  private final Sinks.Many<Warning> raised = Sinks.many().multicast().directBestEffort();

  WarningLog(VerificationProperties properties) {
    this.capacity = properties.warningLogSize() == null ? 10_000 : properties.warningLogSize();
    this.byId = new LinkedHashMap<>(16, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Warning> eldest) {
        return size() > capacity;
      }
    };
  }

  /** Keeps {@code warning} unless one with its id is kept already, and pushes it to subscribers if new. */
  public void raise(Warning warning) {
    boolean added;
    synchronized (byId) {
      added = byId.putIfAbsent(warning.id(), warning) == null;
    }
    if (added) {
      synchronized (raised) {
        raised.tryEmitNext(warning);
      }
    }
  }

  /** The kept warnings, oldest first. */
  public List<Warning> all() {
    synchronized (byId) {
      return new ArrayList<>(byId.values());
    }
  }

  /** Warnings as they are raised from now on. */
  public Flux<Warning> stream() {
    return raised.asFlux();
  }
}
