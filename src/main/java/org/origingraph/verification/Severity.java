package org.origingraph.verification;

/** How serious a {@link Finding} is. */
public enum Severity {
  /** Plausibly wrong or incomplete: a gap in the records, an unusually fast transport. */
  WARNING,
  /** The records contradict each other or a rule: the batch fails verification. */
  ERROR
}
