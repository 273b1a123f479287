package org.origingraph.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.origingraph.api.Connection;
import org.origingraph.api.PageRequest;
import org.origingraph.audit.internal.AuditRepository;
import org.origingraph.security.Caller;
import org.origingraph.security.Callers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only audit trail: writers {@link #record} how each write ended, REGULATOR and ADMIN
 * callers {@link #page read} it. There is nothing to change or remove a record.
 *
 * <p>Each record is written in a transaction of its own ({@code REQUIRES_NEW}), so that a write
 * whose transaction was rolled back, or never began, is still recorded. Recording must never turn
 * a write that succeeded into an error: a record that cannot be stored is logged (with everything
 * it would have held) and the write's answer stands. Thread-safe.
 */
@Service
public class AuditTrail {

  private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

  private final AuditRepository repository;
  private final TransactionTemplate ownTransaction;

  AuditTrail(AuditRepository repository, PlatformTransactionManager transactions) {
    this.repository = repository;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Records a write of the current caller in the current request. */
  public void record(String operation, AuditOutcome outcome, List<String> identifiers, @Nullable String detail) {
    record(Callers.current(), RequestIds.current(), operation, outcome, identifiers, detail);
  }

  /** Records a write of {@code caller} in the request {@code requestId}. */
  public void record(Caller caller, String requestId, String operation, AuditOutcome outcome, List<String> identifiers,
      @Nullable String detail) {
    AuditRecord entry = new AuditRecord(UUID.randomUUID().toString(), OffsetDateTime.now(ZoneOffset.UTC), caller.name(),
        caller.credential().name(), caller.role().name(), caller.organization(), operation,
        identifiers.stream().limit(50).toList(), requestId, outcome,
        detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000) + "…");
    try {
      ownTransaction.executeWithoutResult(status -> repository.append(entry));
    } catch (RuntimeException e) {
      log.error("Audit record could not be stored: {}", entry, e);
    }
  }

  /**
   * A page of the trail, oldest first (records are only appended, so pages already read stay as
   * they were), optionally only the records of one organisation's callers and of a time range.
   *
   * @param since records at or after this time
   * @param until records before this time
   */
  @PreAuthorize("hasAnyRole('REGULATOR', 'ADMIN')")
  public Connection<AuditRecord> page(PageRequest page, @Nullable String organization, @Nullable OffsetDateTime since,
      @Nullable OffsetDateTime until) {
    AuditRepository.Filter filter = new AuditRepository.Filter(organization, since, until);
    List<AuditRecord> rows = repository.page(filter, page.offset(), page.limitWithLookahead());
    return Connection.of(rows, page, repository.count(filter));
  }
}
