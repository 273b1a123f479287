package org.origingraph.epcis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.origingraph.audit.AuditOutcome;
import org.origingraph.audit.AuditTrail;
import org.origingraph.epcis.internal.CaptureJobs;
import org.origingraph.epcis.internal.CaptureScope;
import org.origingraph.epcis.internal.DocumentReader;
import org.origingraph.epcis.internal.EventStore;
import org.origingraph.epcis.internal.EventWrites;
import org.origingraph.epcis.internal.ParsedDocument;
import org.origingraph.epcis.internal.Problem;
import org.origingraph.security.Caller;
import org.origingraph.security.Callers;
import org.origingraph.security.Role;
import org.jspecify.annotations.Nullable;
import org.origingraph.api.Unavailable;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * EPCIS capture: validates a document, stores its events once each, and shapes the provenance graph.
 *
 * <p>Processing is synchronous: when {@link #capture} returns, the job is finished and its record says
 * how. A document that is not JSON, or breaks the schema outside its events, is refused with an
 * {@link EpcisException} and leaves nothing behind, not even a job. With {@link ErrorBehaviour#ROLLBACK}
 * the same holds for any invalid event; with {@link ErrorBehaviour#PROCEED} the valid events are stored
 * and the invalid ones listed in the job. The events of one document are written in one transaction.
 * Callers need the PRODUCER (or ADMIN) role; a producer captures only at its organisation's locations
 * and makes only its products ({@link CaptureScope}): a document naming anything else is refused
 * whole with 403, its problems pointing at each offending event and field, before anything is
 * written. Every submission and its outcome goes on the audit trail. Thread-safe.
 */
@Service
@EnableConfigurationProperties(EpcisProperties.class)
public class EpcisCapture {

  private static final Logger log = LoggerFactory.getLogger(EpcisCapture.class);

  private final DocumentReader reader;
  private final EventStore store;
  private final CaptureJobs jobs;
  private final EpcisProperties properties;
  private final CaptureScope scope;
  private final AuditTrail audit;
  private final MeterRegistry meters;
  private final LongTaskTimer active;
  private final Counter storedEvents;
  private final Counter duplicateEvents;

  EpcisCapture(DocumentReader reader, EventStore store, CaptureJobs jobs, EpcisProperties properties,
      CaptureScope scope, AuditTrail audit, MeterRegistry meters) {
    this.reader = reader;
    this.store = store;
    this.jobs = jobs;
    this.properties = properties;
    this.scope = scope;
    this.audit = audit;
    this.meters = meters;
    this.active = LongTaskTimer.builder("origin.capture.active").description("EPCIS captures being stored now").register(meters);
    this.storedEvents = Counter.builder("origin.capture.events").tag("outcome", "stored")
        .description("Events of captured documents, by what became of them").register(meters);
    this.duplicateEvents = Counter.builder("origin.capture.events").tag("outcome", "duplicate")
        .description("Events of captured documents, by what became of them").register(meters);
  }

  /** The operation name of captures on the audit trail. */
  static final String AUDITED = "epcis.capture";

  /**
   * Checks the caller may capture, before a request body is read, so that an anonymous caller learns
   * that first rather than that its document is too large or malformed.
   */
  @PreAuthorize("hasAnyRole('PRODUCER', 'ADMIN')")
  public void checkCaller() {
    // the check is the annotation
  }

  /** Captures a document given as text (the GraphQL mutation). */
  @PreAuthorize("hasAnyRole('PRODUCER', 'ADMIN')")
  public CaptureJob capture(String document, ErrorBehaviour behaviour) {
    return capture(document.getBytes(StandardCharsets.UTF_8), behaviour);
  }

  /**
   * Captures {@code document}.
   *
   * @return the finished job
   * @throws EpcisException (400) if the document is refused, (413) if it is larger than configured
   */
  @PreAuthorize("hasAnyRole('PRODUCER', 'ADMIN')")
  public CaptureJob capture(byte[] document, ErrorBehaviour behaviour) {
    try {
      CaptureJob job = captureChecked(document, behaviour);
      audit.record(AUDITED, job.status() == CaptureJob.Status.SUCCESS ? AuditOutcome.ACCEPTED : AuditOutcome.FAILED,
          List.of("captureId=" + job.id()), job.status() + ": " + job.eventCount() + " events, " + job.capturedCount()
              + " captured, " + job.duplicateCount() + " duplicates, " + job.errors().size() + " problems");
      return job;
    } catch (EpcisException refused) {
      audit.record(AUDITED, refused.status() == 403 ? AuditOutcome.REFUSED : AuditOutcome.FAILED,
          refused.problems().stream().map(CaptureProblem::pointer).filter(p -> !p.isEmpty()).limit(10).toList(),
          refused.code() + ": " + refused.getMessage());
      throw refused;
    }
  }

  private CaptureJob captureChecked(byte[] document, ErrorBehaviour behaviour) {
    if (document.length > properties.maxDocumentBytes()) {
      throw tooLarge(properties.maxDocumentBytes());
    }
    long started = System.nanoTime();
    ParsedDocument parsed;
    try {
      parsed = reader.read(document);
    } catch (DocumentReader.MalformedJsonException e) {
      throw EpcisException.badRequest("MALFORMED_JSON", e.getMessage(), List.of(new CaptureProblem("", "MALFORMED_JSON", e.getMessage())));
    }
    if (parsed.documentInvalid() || (behaviour == ErrorBehaviour.ROLLBACK && !parsed.problems().isEmpty())) {
      throw refusal(parsed.problems());
    }
    Caller caller = Callers.current();
    if (caller.role() != Role.ADMIN) {
      List<Problem> foreign = scope.refusals(parsed.events(), java.util.Objects.requireNonNull(caller.organization()));
      if (!foreign.isEmpty()) {
        throw forbidden(foreign, caller.organization());
      }
    }
    long validated = System.nanoTime();
    LongTaskTimer.Sample inFlight = active.start();
    String outcome = "unavailable";
    try {
      CaptureJob job = storeAndRecord(parsed, behaviour, started, validated);
      outcome = job.status().name().toLowerCase(java.util.Locale.ROOT);
      return job;
    } finally {
      inFlight.stop();
      Timer.builder("origin.capture.duration").description("EPCIS captures, read to job end, by job outcome")
          .tag("outcome", outcome).publishPercentileHistogram().register(meters)
          .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
  }

  private CaptureJob storeAndRecord(ParsedDocument parsed, ErrorBehaviour behaviour, long started, long validated) {
    int eventCount = parsed.events().size() + parsed.invalidEvents().size();
    String id = UUID.randomUUID().toString();
    jobs.start(id, behaviour, eventCount, caller());
    List<Problem> skipped = parsed.problems();
    CaptureJob.Status status;
    long captured = 0;
    long duplicates = 0;
    List<Problem> errors = new ArrayList<>(skipped);
    RuntimeException unavailable = null;
    try {
      EventWrites.Outcome outcome = store.store(parsed.events(), id);
      captured = outcome.created().size() + outcome.declared();
      duplicates = parsed.events().size() - captured;
      status = parsed.events().isEmpty() && !skipped.isEmpty() ? CaptureJob.Status.FAILED : CaptureJob.Status.SUCCESS;
    } catch (RuntimeException e) {
      if (Unavailable.isUnavailable(e)) {
        // Whether the commit reached the database is unknown: the events may be stored. Re-sending
        // is safe, events are keyed by their ids or hashes and stored once.
        log.debug("Capture {} interrupted: the database is unavailable: {}", id, e.toString());
        errors.add(new Problem("", "STORAGE_UNAVAILABLE", "The database became unreachable while the events were "
            + "stored; send the document again: events that were stored are recognised and kept once", -1));
        unavailable = e;
        status = CaptureJob.Status.FAILED;
      } else {
        String incident = UUID.randomUUID().toString();
        log.error("Capture {} failed (incident {})", id, incident, e);
        errors.add(new Problem("", "STORAGE_FAILED",
            "The events could not be stored and nothing of the document was written; quote incident " + incident, -1));
        status = CaptureJob.Status.FAILED;
      }
    }
    jobs.finish(id, status, captured, duplicates, errors);
    if (unavailable != null) {
      // The job says FAILED; the caller is told to retry (503 / UNAVAILABLE).
      throw unavailable;
    }
    storedEvents.increment(captured);
    duplicateEvents.increment(duplicates);
    log.debug("Capture {}: {} events, {} new; read and validated in {} ms, stored in {} ms", id, eventCount, captured,
        (validated - started) / 1_000_000, (System.nanoTime() - validated) / 1_000_000);
    return job(id).orElseThrow();
  }

  /** The capture job {@code id}, if there is one. */
  @PreAuthorize("hasAnyRole('PRODUCER', 'ADMIN')")
  public Optional<CaptureJob> job(String id) {
    return jobs.find(id).map(row -> new CaptureJob(row.id(), row.status(),
        row.errorBehaviour(), row.createdAt(), row.finishedAt(), row.eventCount(),
        row.capturedCount(), row.duplicateCount(),
        row.problems().stream().map(p -> new CaptureProblem(p.pointer(), p.code(), p.message())).toList()));
  }

  /** The exception for a document over {@code limit} bytes. */
  public static EpcisException tooLarge(long limit) {
    return new EpcisException(413, "CAPTURE_LIMIT_EXCEEDED", "epcisException:CaptureLimitExceededException",
        "The document is larger than the " + limit + " bytes this server accepts; split it into several documents", List.of());
  }

  private static EpcisException refusal(List<Problem> problems) {
    List<CaptureProblem> listed = problems.stream().map(p -> new CaptureProblem(p.pointer(), p.code(), p.message())).toList();
    String code = problems.stream().map(Problem::code).distinct().count() == 1 ? problems.getFirst().code() : "VALIDATION_FAILED";
    return EpcisException.badRequest(code,
        "The document was refused and nothing of it was stored: " + problems.size() + " problem(s), first at "
            + (problems.getFirst().pointer().isEmpty() ? "the document" : problems.getFirst().pointer()) + ": " + problems.getFirst().message(),
        listed);
  }

  private static EpcisException forbidden(List<Problem> problems, @Nullable String organization) {
    return new EpcisException(403, "FORBIDDEN", "epcisException:SecurityException",
        "The document was refused and nothing of it was stored: " + problems.size() + " field(s) name locations or "
            + "products that are not your organisation's (" + organization + "), first " + problems.getFirst().message(),
        problems.stream().map(p -> new CaptureProblem(p.pointer(), p.code(), p.message())).toList());
  }

  private static String caller() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null ? "unknown" : authentication.getName();
  }
}
