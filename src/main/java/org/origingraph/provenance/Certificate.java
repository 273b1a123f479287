package org.origingraph.provenance;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.origingraph.api.GlobalId;
import org.jspecify.annotations.Nullable;

/**
 * A certificate of a standard.
 *
 * @param uid unique key: scheme and number
 */
public record Certificate(
    String uid,
    String scheme,
    String number,
    @Nullable String issuer,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validTo)
    implements GraphNode {

  /** Whether a certificate is in force. */
  public enum Status { VALID, EXPIRED, NOT_YET_VALID }

  @Override
  public String id() {
    return GlobalId.encode("Certificate", uid);
  }

  /** Validity today, by the UTC calendar. */
  public Status status() {
    return statusOn(LocalDate.now(ZoneOffset.UTC));
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
