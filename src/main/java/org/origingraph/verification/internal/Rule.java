package org.origingraph.verification.internal;

import java.util.List;

import org.origingraph.verification.Finding;

/** One check of a provenance walk. Implementations are stateless and thread-safe. */
interface Rule {

  /** What the rule finds wrong in {@code chain}; empty when nothing. */
  List<Finding> check(Chain chain);
}
