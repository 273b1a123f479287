package org.origingraph.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.origingraph.verification.internal.Walks.batch;
import static org.origingraph.verification.internal.Walks.certificate;
import static org.origingraph.verification.internal.Walks.facility;

import org.junit.jupiter.api.Test;
import org.origingraph.provenance.Certificate;
import org.origingraph.provenance.Organization;
import org.origingraph.verification.Finding;
import org.origingraph.verification.FindingCode;

class CertificateValidityRuleTests {

  private final CertificateValidityRule rule = new CertificateValidityRule();

  @Test
  void aFacilityCertificateMustCoverEachBatchProducedThere() {
    var farm = facility("FARM", 10, 106);
    var lapsed = certificate("VietGAP", "1", "2022-04-01", "2025-12-31");
    var before = batch("B1", "2025-12-31T23:00:00+07:00", 1, "KGM", "FARM");
    var after = batch("B2", "2026-01-01T06:00:00+07:00", 1, "KGM", "FARM");
    var findings = rule.check(new Walks().add(before, after, farm, lapsed).certifies(lapsed, farm).chain());
    assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.CERTIFICATE_NOT_VALID);
    assertThat(findings.getFirst().subjects().get(1)).isEqualTo(after);
    assertThat(((Certificate) findings.getFirst().subjects().getFirst()).status()).isEqualTo(Certificate.Status.EXPIRED);
  }

  @Test
  void aRenewedCertificateOfTheSameSchemeIsNoGap() {
    var farm = facility("FARM", 10, 106);
    var old = certificate("VietGAP", "1", "2022-04-01", "2025-12-31");
    var renewed = certificate("VietGAP", "2", "2026-01-01", "2028-12-31");
    var lot = batch("B", "2026-02-01T06:00:00+07:00", 1, "KGM", "FARM");
    assertThat(rule.check(new Walks().add(lot, farm, old, renewed).certifies(old, farm).certifies(renewed, farm).chain()))
        .isEmpty();
  }

  @Test
  void anOrganisationCertificateCoversItsFacilitiesBatchesAndABatchCertificateItsBatch() {
    var plant = facility("PLANT", 10, 106);
    var operator = new Organization("ORGPLANT", "Maker", "VN", java.util.List.of(), null);
    var notYet = certificate("Halal", "1", "2026-03-01", "2027-02-28");
    var lot = batch("B", "2026-02-28T06:00:00+07:00", 1, "KGM", "PLANT");
    assertThat(rule.check(new Walks().add(lot, plant, operator, notYet).certifies(notYet, operator).chain()))
        .extracting(Finding::code).containsExactly(FindingCode.CERTIFICATE_NOT_VALID);
    assertThat(rule.check(new Walks().add(lot, plant, notYet).certifies(notYet, lot).chain())).hasSize(1);
  }
}
