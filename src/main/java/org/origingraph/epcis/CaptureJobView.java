package org.origingraph.epcis;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A capture job as the EPCIS 2.0 REST binding shows it ({@code captureID}, {@code running},
 * {@code success}, {@code captureErrorBehaviour}, {@code errors}), plus our {@code status} (the
 * {@link CaptureJob.Status} name, {@code RUNNING}, {@code SUCCESS} or {@code FAILED}, as the GraphQL
 * {@code CaptureStatus} enum) and counts.
 */
record CaptureJobView(
    String captureID,
    CaptureJob.Status status,
    boolean running,
    boolean success,
    String captureErrorBehaviour,
    OffsetDateTime createdAt,
    @Nullable OffsetDateTime finishedAt,
    long eventCount,
    long capturedCount,
    long duplicateCount,
    List<CaptureProblem> errors) {

  static CaptureJobView of(CaptureJob job) {
    return new CaptureJobView(job.id(), job.status(), !job.finished(),
        job.status() == CaptureJob.Status.SUCCESS, job.errorBehaviour().name().toLowerCase(Locale.ROOT),
        job.createdAt(), job.finishedAt(), job.eventCount(), job.capturedCount(), job.duplicateCount(), job.errors());
  }
}
