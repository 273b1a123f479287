package org.origingraph.verification.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.origingraph.provenance.Batch;
import org.origingraph.provenance.BatchKey;
import org.origingraph.provenance.Facility;
import org.origingraph.provenance.GraphCaptured;
import org.origingraph.provenance.GraphNode;
import org.origingraph.provenance.Organization;
import org.origingraph.provenance.Provenance;
import org.origingraph.provenance.ProvenanceTracer;
import org.origingraph.provenance.Shipment;
import org.origingraph.provenance.TraceDirection;
import org.origingraph.verification.Finding;
import org.origingraph.verification.Warning;
import org.origingraph.verification.WarningKind;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs the checks on what a capture wrote, once it is committed: each touched batch's walk both ways
 * (at most {@code max-capture-batches} of them), every finding raised as a FINDING warning for the
 * organisation that recorded the data at fault. On a virtual thread, so a capture's answer never waits
 * for it; a failure is logged, never thrown back at the capture. {@code origin.verification.check-captures:
 * false} switches it off (the tests do, so that no background walk lands in another test's statement count).
 */
@Component
class CaptureFindings {

  private static final Logger logger = LoggerFactory.getLogger(CaptureFindings.class);

  private final ProvenanceTracer tracer;
  private final ChainVerifier rules;
  private final WarningLog log;
  private final int maxBatches;
  private final boolean enabled;

  CaptureFindings(ProvenanceTracer tracer, ChainVerifier rules, WarningLog log, VerificationProperties properties) {
    this.tracer = tracer;
    this.rules = rules;
    this.log = log;
    this.maxBatches = properties.maxCaptureBatches() == null ? 50 : properties.maxCaptureBatches();
    this.enabled = !Boolean.FALSE.equals(properties.checkCaptures());
  }

  @TransactionalEventListener
  void captured(GraphCaptured captured) {
    if (!enabled) {
      return;
    }
    List<BatchKey> batches = captured.batches().stream().limit(maxBatches).toList();
    Thread.ofVirtual().name("capture-findings").start(() -> check(batches));
  }

  /** Checks each of {@code batches}' walks and raises their findings, on the calling thread. */
  void check(Collection<BatchKey> batches) {
    for (BatchKey batch : batches) {
      try {
        tracer.trace(batch, TraceDirection.BOTH, ProvenanceTracer.MAX_DEPTH).ifPresent(this::raise);
      } catch (RuntimeException e) {
        logger.warn("Could not check captured batch {}: {}", batch, e.toString());
      }
    }
  }

  /** Raises the walk's findings; visible for tests that check a walk without a capture. */
  void raise(Provenance walk) {
    Chain chain = new Chain(walk);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    for (Finding finding : rules.check(walk)) {
      String subjects = String.join(",", finding.subjects().stream().map(GraphNode::id).toList());
      log.raise(new Warning("FINDING:" + finding.code() + ":" + subjects, WarningKind.FINDING, now, Map.of(),
          finding, finding.subjects(), responsible(chain, finding)));
    }
  }

  /** The operator of the first subject's facility: who recorded the data at fault. */
  private static @Nullable String responsible(Chain chain, Finding finding) {
    for (GraphNode subject : finding.subjects()) {
      String gln = switch (subject) {
        case Batch b -> operator(chain, b.facilityGln());
        case Shipment s -> operator(chain, s.originGln());
        case Facility f -> f.operatorGln();
        case Organization o -> o.gln();
        default -> null;
      };
      if (gln != null) {
        return gln;
      }
    }
    return null;
  }

  private static @Nullable String operator(Chain chain, @Nullable String facilityGln) {
    Facility facility = facilityGln == null ? null : chain.facility(facilityGln);
    return facility == null ? null : facility.operatorGln();
  }
}
