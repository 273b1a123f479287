package org.origingraph.epcis.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.origingraph.integrity.IntegrityLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the valid events of one document in one transaction: all of them or, on failure, none; the
 * integrity log's leaves of the new events and declarations are part of that transaction, one statement
 * for the whole document.
 *
 * <p>Concurrent captures that touch the same batches or facilities can deadlock in Neo4j; the
 * database then aborts one transaction, which is retried here a few times from the start (the plan
 * is rebuilt, so a retry sees what the other capture committed). Thread-safe.
 */
@Component
public class EventStore {

  private static final Logger log = LoggerFactory.getLogger(EventStore.class);
  private static final int ATTEMPTS = 5;

  private final EventWrites writes;
  private final TransactionTemplate transaction;
  private final IntegrityLog integrity;

  EventStore(EventWrites writes, PlatformTransactionManager transactionManager, IntegrityLog integrity) {
    this.writes = writes;
    this.transaction = new TransactionTemplate(transactionManager);
    this.integrity = integrity;
  }

  /** Stores {@code events} under capture {@code captureId}; reports which events were new. */
  public EventWrites.Outcome store(List<ParsedEvent> events, String captureId) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.execute(status -> {
          EventWrites.Outcome outcome = writes.write(
              GraphMapper.plan(events, writes::itemBatches), captureId, OffsetDateTime.now(ZoneOffset.UTC));
          integrity.append(EventRecords.accepted(events, outcome));
          return outcome;
        });
      } catch (TransientDataAccessException | DataIntegrityViolationException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        log.info("Capture {} attempt {} failed on a concurrent write; retrying: {}", captureId, attempt, e.getMessage());
        sleep(attempt);
      }
    }
  }

  private static void sleep(int attempt) {
    try {
      Thread.sleep(20L * attempt + (long) (Math.random() * 20));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while retrying a capture", e);
    }
  }
}
