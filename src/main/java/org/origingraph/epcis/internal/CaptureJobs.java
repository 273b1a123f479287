package org.origingraph.epcis.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.origingraph.epcis.CaptureJob;
import org.origingraph.epcis.ErrorBehaviour;
import org.jspecify.annotations.Nullable;
import org.origingraph.api.Unavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Capture job records, {@code (:CaptureJob)} nodes, so that the status URL answered by
 * {@code POST /epcis/capture} works on every application instance and after a restart. Each call is
 * its own auto-committed statement, outside the document's transaction, so a failed capture still
 * leaves its FAILED record.
 *
 * <p>No job stays RUNNING: when the database is out of reach as a job ends, the end is kept here and
 * written as soon as the database answers again (retried every half second); a job whose instance
 * died before it ended (a crash, a kill) is marked FAILED at the next start of any instance once it is
 * older than {@code origin.epcis.abandoned-after} (default: twice the transaction timeout, past which
 * its transaction cannot still be running).
 */
@Repository
public class CaptureJobs {

  /** A job as stored. Problems are three parallel lists (pointer, code, message); enums by their names. */
  public record Row(String id, CaptureJob.Status status, ErrorBehaviour errorBehaviour, OffsetDateTime createdAt,
      @Nullable OffsetDateTime finishedAt, long eventCount, long capturedCount, long duplicateCount, List<Problem> problems) {}

  private static final Logger log = LoggerFactory.getLogger(CaptureJobs.class);

  /** How a job ended, kept until the database takes it. */
  private record End(String id, CaptureJob.Status status, long captured, long duplicates, List<Problem> problems) {}

  private final Neo4jClient neo4j;
  private final Duration abandonedAfter;
  private final ConcurrentLinkedQueue<End> pending = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean retrying = new AtomicBoolean();

  CaptureJobs(Neo4jClient neo4j, @Value("${origin.epcis.abandoned-after:60s}") Duration abandonedAfter) {
    this.neo4j = neo4j;
    this.abandonedAfter = abandonedAfter;
  }

  /** Marks the jobs left RUNNING by an instance that died (before this one started) as FAILED. */
  @EventListener(ApplicationReadyEvent.class)
  public void failAbandoned() {
    try {
      long failed = neo4j.query("""
              MATCH (j:CaptureJob {status: 'RUNNING'}) WHERE j.createdAt < $before
              SET j.status = 'FAILED', j.finishedAt = $now, j.errorPointers = [''], j.errorCodes = ['INTERRUPTED'],
                  j.errorMessages = ['The service stopped before the job ended; send the document again: events already stored are kept once']
              RETURN count(j) AS failed""")
          .bindAll(Map.of("before", OffsetDateTime.now(ZoneOffset.UTC).minus(abandonedAfter), "now", OffsetDateTime.now(ZoneOffset.UTC)))
          .fetchAs(Long.class).one().orElse(0L);
      if (failed > 0) {
        log.warn("Marked {} capture job(s) left RUNNING by a stopped instance as FAILED (INTERRUPTED)", failed);
      }
    } catch (RuntimeException e) {
      log.warn("Could not look for abandoned capture jobs: {}", e.toString());
    }
  }

  /** Ends kept because the database was out of reach, not yet written. */
  public int pendingEnds() {
    return pending.size();
  }

  /** Records a job as RUNNING. */
  public void start(String id, ErrorBehaviour errorBehaviour, int eventCount, String owner) {
    neo4j.query("""
            CREATE (j:CaptureJob {id: $id, status: 'RUNNING', errorBehaviour: $behaviour, createdAt: $now,
                                  eventCount: $eventCount, capturedCount: 0, duplicateCount: 0, owner: $owner})""")
        .bindAll(Map.of("id", id, "behaviour", errorBehaviour.name(), "now", OffsetDateTime.now(ZoneOffset.UTC),
            "eventCount", eventCount, "owner", owner))
        .run();
  }

  /**
   * Records how a job ended. When the database is out of reach the end is kept and written once it is
   * back, and the failure is thrown so that the caller is told to retry.
   */
  public void finish(String id, CaptureJob.Status status, long captured, long duplicates, List<Problem> problems) {
    End end = new End(id, status, captured, duplicates, problems);
    try {
      write(end);
    } catch (RuntimeException e) {
      if (!Unavailable.isUnavailable(e)) {
        throw e;
      }
      pending.add(end);
      retryPending();
      throw e;
    }
  }

  private void retryPending() {
    if (!retrying.compareAndSet(false, true)) {
      return;
    }
    Thread.ofVirtual().name("capture-job-ends").start(() -> {
      try {
        while (!pending.isEmpty()) {
          End next = pending.peek();
          try {
            write(next);
            pending.remove(next);
          } catch (RuntimeException e) {
            if (!Unavailable.isUnavailable(e)) {
              // e.g. the driver closed at shutdown: the next start marks these jobs FAILED (INTERRUPTED)
              log.warn("Could not record how {} capture job(s) ended ({}); the next start marks them FAILED",
                  pending.size(), e.toString());
              pending.clear();
              return;
            }
            try {
              Thread.sleep(500);
            } catch (InterruptedException interrupted) {
              return;
            }
          }
        }
      } finally {
        retrying.set(false);
        if (!pending.isEmpty()) {
          retryPending();
        }
      }
    });
  }

  private void write(End end) {
    String id = end.id();
    CaptureJob.Status status = end.status();
    long captured = end.captured();
    long duplicates = end.duplicates();
    List<Problem> problems = end.problems();
    neo4j.query("""
            MATCH (j:CaptureJob {id: $id})
            SET j.status = $status, j.finishedAt = $now, j.capturedCount = $captured, j.duplicateCount = $duplicates,
                j.errorPointers = $pointers, j.errorCodes = $codes, j.errorMessages = $messages""")
        .bindAll(Map.of("id", id, "status", status.name(), "now", OffsetDateTime.now(ZoneOffset.UTC),
            "captured", captured, "duplicates", duplicates,
            "pointers", problems.stream().map(Problem::pointer).toList(),
            "codes", problems.stream().map(Problem::code).toList(),
            "messages", problems.stream().map(Problem::message).toList()))
        .run();
  }

  /** The job {@code id}. */
  public Optional<Row> find(String id) {
    return neo4j.query("MATCH (j:CaptureJob {id: $id}) RETURN j")
        .bind(id).to("id")
        .fetchAs(Row.class)
        .mappedBy((types, record) -> {
          var j = record.get("j");
          List<String> pointers = j.get("errorPointers").isNull() ? List.of() : j.get("errorPointers").asList(v -> v.asString());
          List<String> codes = j.get("errorCodes").isNull() ? List.of() : j.get("errorCodes").asList(v -> v.asString());
          List<String> messages = j.get("errorMessages").isNull() ? List.of() : j.get("errorMessages").asList(v -> v.asString());
          List<Problem> problems = new ArrayList<>();
          for (int i = 0; i < pointers.size(); i++) {
            problems.add(new Problem(pointers.get(i), codes.get(i), messages.get(i), -1));
          }
          return new Row(j.get("id").asString(), CaptureJob.Status.valueOf(j.get("status").asString()),
              ErrorBehaviour.valueOf(j.get("errorBehaviour").asString()),
              j.get("createdAt").asOffsetDateTime(),
              j.get("finishedAt").isNull() ? null : j.get("finishedAt").asOffsetDateTime(),
              j.get("eventCount").asLong(), j.get("capturedCount").asLong(), j.get("duplicateCount").asLong(), problems);
        })
        .one();
  }
}
