package org.origingraph.verification.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.origingraph.provenance.Batch;
import org.origingraph.provenance.Certificate;
import org.origingraph.provenance.Facility;
import org.origingraph.provenance.GraphNode;
import org.origingraph.provenance.Organization;
import org.origingraph.provenance.ProvenanceEdge;
import org.origingraph.provenance.RelationKind;
import org.origingraph.verification.Finding;
import org.origingraph.verification.FindingCode;

/**
 * A certificate vouches for what was made while it ran: a certificate of a batch for that batch, of a
 * facility for the batches produced there, of an organisation for the batches produced at the
 * facilities it operates. Each such batch's production day (in its own offset) must lie within the
 * certificate's validity, unless another certificate of the same scheme on the same subject covers that
 * day (a renewed certificate is not a gap).
 */
final class CertificateValidityRule implements Rule {

  @Override
  public List<Finding> check(Chain chain) {
    Map<String, List<Certificate>> bySubject = new HashMap<>();
    for (ProvenanceEdge certifies : chain.edges(RelationKind.CERTIFIES)) {
      if (chain.node(certifies.from()) instanceof Certificate c) {
        bySubject.computeIfAbsent(certifies.to(), k -> new ArrayList<>()).add(c);
      }
    }
    List<Finding> findings = new ArrayList<>();
    bySubject.forEach((subjectId, certificates) -> {
      GraphNode subject = chain.node(subjectId);
      for (Batch batch : vouchedFor(chain, subject)) {
        if (batch.producedAt() == null) {
          continue;
        }
        LocalDate day = batch.producedAt().toLocalDate();
        for (Certificate certificate : certificates) {
          if (certificate.statusOn(day) != Certificate.Status.VALID && certificates.stream().noneMatch(other ->
              other.scheme().equals(certificate.scheme()) && other.statusOn(day) == Certificate.Status.VALID)) {
            findings.add(new Finding(FindingCode.CERTIFICATE_NOT_VALID, Map.of(
                "scheme", certificate.scheme(), "lot", batch.lot(), "day", day.toString(),
                "validFrom", String.valueOf(certificate.validFrom()), "validTo", String.valueOf(certificate.validTo())),
                List.of(certificate.on(day), batch)));
          }
        }
      }
    });
    return findings;
  }

  private static List<Batch> vouchedFor(Chain chain, GraphNode subject) {
    return switch (subject) {
      case Batch b -> List.of(b);
      case Facility f -> chain.batches().stream().filter(b -> f.gln().equals(b.facilityGln())).toList();
      case Organization o -> chain.batches().stream().filter(b -> {
        Facility f = b.facilityGln() == null ? null : chain.facility(b.facilityGln());
        return f != null && o.gln().equals(f.operatorGln());
      }).toList();
      case null, default -> List.of();
    };
  }
}
