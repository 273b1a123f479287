package org.origingraph.verification;

import java.util.List;

import org.origingraph.provenance.BatchKey;

/**
 * The verdict on one provenance walk: every finding of every rule, and the status they add up to.
 * Immutable.
 *
 * @param root the batch the walk started from
 * @param findings in rule order, then in the order the walk lists the subjects
 * @param truncated whether the walk was cut by its budgets, so that the rules saw part of the chain
 */
public record Verification(BatchKey root, List<Finding> findings, boolean truncated) {

  public Verification {
    findings = List.copyOf(findings);
  }

  /** FAILED with any error, WARNINGS with warnings only, else PASSED. */
  public VerificationStatus status() {
    if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
      return VerificationStatus.FAILED;
    }
    return findings.isEmpty() ? VerificationStatus.PASSED : VerificationStatus.WARNINGS;
  }

  /** How many findings there are. */
  public int findingCount() {
    return findings.size();
  }
}
