package org.origingraph.provenance;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.origingraph.api.GlobalId;
import org.jspecify.annotations.Nullable;

/**
 * A certificate of a standard.
 *
 * @param uid unique key: scheme and number
 * @param asOf the day {@link #status()} judges validity on: the production day of the batch it is shown
 *     beside (see {@link #on}); {@code null} for today
 */
public record Certificate(
    String uid,
    String scheme,
    String number,
    @Nullable String issuer,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validTo,
    @Nullable LocalDate asOf)
    implements GraphNode {

  /** A certificate whose status is judged today. */
  public Certificate(String uid, String scheme, String number, @Nullable String issuer,
      @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
    this(uid, scheme, number, issuer, validFrom, validTo, null);
  }

  /** Whether a certificate is in force. */
  public enum Status { VALID, EXPIRED, NOT_YET_VALID }

  @Override
  public String id() {
    return GlobalId.encode("Certificate", uid);
  }

  /**
   * Validity on {@link #asOf}, or today by the UTC calendar when it is not set: a certificate shown
   * beside a March 2026 batch says whether it covered that batch, not whether it still runs today.
   */
  public Status status() {
    return statusOn(asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC));
  }

  /** The same certificate with its status judged on {@code day}; {@code null} means today. */
  public Certificate on(@Nullable LocalDate day) {
    return new Certificate(uid, scheme, number, issuer, validFrom, validTo, day);
  }

  /** Validity on {@code day}; both ends of the period are inclusive. */
  public Status statusOn(LocalDate day) {
    if (validFrom != null && day.isBefore(validFrom)) {
      return Status.NOT_YET_VALID;
    }
    if (validTo != null && day.isAfter(validTo)) {
      return Status.EXPIRED;
    }
    return Status.VALID;
  }
}
