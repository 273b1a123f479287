package org.origingraph.verification;

import java.util.Optional;

import org.origingraph.provenance.BatchKey;
import org.origingraph.provenance.Provenance;
import org.origingraph.provenance.ProvenanceTracer;
import org.origingraph.provenance.TraceDirection;
import org.origingraph.verification.internal.ChainVerifier;
import org.springframework.stereotype.Service;

/**
 * Verifies provenance walks. A batch is verified on its walk both ways at the full depth (one
 * provenance statement, within provenance's node and time budgets): its whole upstream, and what was
 * made from and shipped of it. A walk the caller already has is verified as it is. Thread-safe.
 */
@Service
public class Verifier {

  private final ProvenanceTracer tracer;
  private final ChainVerifier rules;

  Verifier(ProvenanceTracer tracer, ChainVerifier rules) {
    this.tracer = tracer;
    this.rules = rules;
  }

  /** The verdict on batch {@code key}; empty when it does not exist. */
  public Optional<Verification> verify(BatchKey key) {
    return tracer.trace(key, TraceDirection.BOTH, ProvenanceTracer.MAX_DEPTH).map(this::verify);
  }

  /**
   * The verdict on {@code provenance}. An overview (no nodes) is walked again in full with the same
   * direction and depth, since the rules need the nodes.
   */
  public Verification verify(Provenance provenance) {
    Provenance walk = provenance;
    if (provenance.nodes().isEmpty()) {
      walk = tracer.trace(provenance.root().key(), provenance.direction(), provenance.maxDepth()).orElse(provenance);
    }
    return new Verification(walk.root().key(), rules.check(walk), walk.truncated());
  }
}
