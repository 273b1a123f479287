package org.origingraph.verification;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.origingraph.api.Connection;
import org.origingraph.api.PageRequest;
import org.origingraph.security.Caller;
import org.origingraph.verification.internal.LiveWarnings;
import org.origingraph.verification.internal.VerificationProperties;
import org.origingraph.verification.internal.WarningLog;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/**
 * Early warnings: those computed from the graph now (expiring certificates, overdue shipments) and
 * those raised by events (findings on captured data, stamps scanned often), merged, newest first.
 *
 * <p>Who reads what: REGULATOR and ADMIN callers every warning; PRODUCER and IMPORTER callers the
 * warnings their own organisation should act on; an anonymous caller none ({@link AccessDeniedException},
 * reported as UNAUTHENTICATED). Thread-safe.
 */
@Service
public class Warnings {

  private final LiveWarnings live;
  private final WarningLog log;
  private final VerificationProperties properties;

  Warnings(LiveWarnings live, WarningLog log, VerificationProperties properties) {
    this.live = live;
    this.log = log;
    this.properties = properties;
  }

  /** One page of the warnings {@code caller} may read, of {@code kinds} (all when empty), raised at or after {@code since}. */
  public Connection<Warning> page(Caller caller, Set<WarningKind> kinds, @Nullable OffsetDateTime since, PageRequest page) {
    List<Warning> all = visible(caller, kinds).stream()
        .filter(w -> since == null || !w.raisedAt().isBefore(since))
        .sorted(Comparator.comparing(Warning::raisedAt, Comparator.comparing(OffsetDateTime::toInstant)).reversed()
            .thenComparing(Warning::id))
        .toList();
    List<Warning> rows = all.subList(Math.min(page.offset(), all.size()), Math.min(page.offset() + page.limitWithLookahead(), all.size()));
    return Connection.of(rows, page, all.size());
  }

  /**
   * Warnings {@code caller} may read as they are raised: events at once, the graph's expiring
   * certificates and overdue shipments when a poll (every {@code origin.verification.poll-interval})
   * first sees them after the subscription began.
   */
  public Flux<Warning> stream(Caller caller, Set<WarningKind> kinds) {
    Set<WarningKind> wanted = wanted(caller, kinds);
    OffsetDateTime start = OffsetDateTime.now();
    Set<String> seen = new HashSet<>();
    Set<WarningKind> polled = EnumSet.copyOf(wanted);
    polled.retainAll(EnumSet.of(WarningKind.CERTIFICATE_EXPIRING, WarningKind.SHIPMENT_OVERDUE));
    Flux<Warning> events = log.stream().filter(w -> wanted.contains(w.kind()) && readable(caller, w));
    if (polled.isEmpty()) {
      return events;
    }
    Flux<Warning> polls = Flux.interval(Objects.requireNonNull(properties.pollInterval()))
        .concatMapIterable(tick -> {
          List<Warning> fresh = new ArrayList<>();
          for (Warning w : live.current(polled)) {
            if (readable(caller, w) && w.raisedAt().isAfter(start) && seen.add(w.id())) {
              fresh.add(w);
            }
          }
          return fresh;
        });
    return Flux.merge(events, polls);
  }

  private List<Warning> visible(Caller caller, Set<WarningKind> kinds) {
    Set<WarningKind> wanted = wanted(caller, kinds);
    List<Warning> all = new ArrayList<>(live.current(wanted));
    for (Warning w : log.all()) {
      if (wanted.contains(w.kind())) {
        all.add(w);
      }
    }
    return all.stream().filter(w -> readable(caller, w)).toList();
  }

  private static Set<WarningKind> wanted(Caller caller, Set<WarningKind> kinds) {
    if (caller.isAnonymous()) {
      throw new AccessDeniedException("warnings need an API key");
    }
    return kinds.isEmpty() ? EnumSet.allOf(WarningKind.class) : EnumSet.copyOf(kinds);
  }

  private static boolean readable(Caller caller, Warning warning) {
    return caller.seesEverything() || caller.organization() != null && caller.organization().equals(warning.organizationGln());
  }
}
