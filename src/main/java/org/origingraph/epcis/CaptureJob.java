package org.origingraph.epcis;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The record of one capture, answered at {@code /epcis/capture/{id}}.
 *
 * @param id the job id (a UUID)
 * @param status where the job is
 * @param errorBehaviour the behaviour the document was captured with
 * @param createdAt when the document was accepted
 * @param finishedAt when it was stored or failed; {@code null} while running
 * @param eventCount events in the document
 * @param capturedCount events stored by this capture (new ones, and error declarations)
 * @param duplicateCount events already stored before (same eventID or event hash), left unchanged
 * @param errors what went wrong: invalid events skipped in PROCEED mode, or why the job failed
 */
public record CaptureJob(
    String id,
    Status status,
    ErrorBehaviour errorBehaviour,
    OffsetDateTime createdAt,
    @Nullable OffsetDateTime finishedAt,
    long eventCount,
    long capturedCount,
    long duplicateCount,
    List<CaptureProblem> errors) {

  /** Where a capture job is. */
  public enum Status {
    /** Accepted, being stored. */
    RUNNING,
    /** Stored (in PROCEED mode possibly with skipped events listed in {@code errors}). */
    SUCCESS,
    /** Nothing of the document was stored; {@code errors} says why. */
    FAILED
  }

  /** Whether the job has ended. */
  public boolean finished() {
    return status != Status.RUNNING;
  }
}
