package org.origingraph.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One write on the trail. Immutable.
 *
 * @param id the record's own id (a UUID)
 * @param at when the outcome was known (UTC)
 * @param actor the key's configured name or the JWT's subject; {@code anonymous} without credentials
 * @param credential how the actor was identified: NONE, API_KEY or JWT
 * @param role the actor's role
 * @param organization the actor's organisation GLN; null for an anonymous actor
 * @param operation what was attempted, e.g. {@code recordBatch} or {@code epcis.capture}
 * @param identifiers the keys the write named (GTINs, lots, GLNs, a capture id…)
 * @param requestId the request's {@code X-Request-Id}, or the one made up for it
 * @param outcome how it ended
 * @param detail why it was refused or failed (the error code and message), or what was written
 */
public record AuditRecord(String id, OffsetDateTime at, String actor, String credential, String role,
    @Nullable String organization, String operation, List<String> identifiers, String requestId,
    AuditOutcome outcome, @Nullable String detail) {

  public AuditRecord {
    identifiers = List.copyOf(identifiers);
  }
}
