package org.origingraph.audit;

/** How a write ended. */
public enum AuditOutcome {
  /** Written. */
  ACCEPTED,
  /** Refused because of who asked: no credentials, a role that may not write, or another's location or product. */
  REFUSED,
  /** Nothing written for another reason: invalid input, a conflict, a storage failure. */
  FAILED
}
