package org.origingraph.verification;

/** The verdict of a {@link Verification}: the worst severity among its findings. */
public enum VerificationStatus {
  /** No finding. */
  PASSED,
  /** Findings of severity {@link Severity#WARNING} only: worth a look, not necessarily wrong. */
  WARNINGS,
  /** At least one {@link Severity#ERROR}: the records contradict themselves or the rules. */
  FAILED
}
