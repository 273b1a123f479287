package org.origingraph.provenance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.origingraph.provenance.internal.WatchRepository;
import org.springframework.stereotype.Service;

/**
 * Reads for early warnings: certificates running out and shipments still on their way. Each call is one
 * bounded statement (at most {@code limit} rows, the transaction timeout of every read). Thread-safe.
 */
@Service
public class Watchlist {

  private final WatchRepository repository;

  Watchlist(WatchRepository repository) {
    this.repository = repository;
  }

  /** Certificates whose last valid day lies in {@code from..to} (inclusive), soonest first, at most {@code limit}. */
  public List<ExpiringCertificate> certificatesExpiring(LocalDate from, LocalDate to, int limit) {
    return repository.certificatesExpiring(from, to, limit);
  }

  /** For each of {@code gtins} that has batches, how many lack a location or a time; one statement. */
  public Map<String, StageGaps> stageGaps(Collection<String> gtins) {
    return gtins.isEmpty() ? Map.of() : repository.stageGaps(gtins);
  }

  /** Shipments that departed and have no arrival, longest on the way first, at most {@code limit}. */
  public List<ShipmentInTransit> shipmentsInTransit(int limit) {
    return repository.shipmentsInTransit(limit);
  }
}
