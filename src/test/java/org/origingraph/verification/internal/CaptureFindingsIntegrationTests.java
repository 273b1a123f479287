package org.origingraph.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.origingraph.IntegrationTest;
import org.origingraph.provenance.BatchKey;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the check of captured data raises: FINDING warnings for the organisation at fault. The check is
 * called directly (the test profile switches the after-commit trigger off, see application-test.yml).
 */
class CaptureFindingsIntegrationTests extends IntegrationTest {

  @Autowired
  CaptureFindings findings;

  @Test
  void findingsOnCapturedDataBecomeWarningsForTheOrganisationAtFault() {
    findings.check(List.of(new BatchKey("08938535000023", "TGX-MSG-2603-03"), new BatchKey(FLAGSHIP_GTIN, FLAGSHIP_LOT)));
    var response = graphQlWithKey(READER_KEY).document("""
        { warnings(kinds: [FINDING]) { edges { node { kind code message(locale: "en") organization { gln } } } } }""")
        .execute();
    response.errors().verify();
    assertThat(response.path("warnings.edges[*].node.code").entityList(String.class).get()).containsOnly("OVER_CONSUMPTION");
    response.path("warnings.edges[0].node.organization.gln").entity(String.class).isEqualTo("8938535000009");
    assertThat(response.path("warnings.edges[0].node.message").entity(String.class).get())
        .startsWith("Newly captured data: Transformations consumed 6,500 KGM of lot TGX-MIT-2603-02");
    // The same finding raised again is the same warning.
    findings.check(List.of(new BatchKey("08938535000023", "TGX-MSG-2603-03")));
    graphQlWithKey(READER_KEY).document("{ warnings(kinds: [FINDING]) { totalCount } }").execute()
        .path("warnings.totalCount").entity(Integer.class).isEqualTo(1);
    // The flagship's producer is not at fault, so it sees none of them.
    graphQlWithKey(PRODUCER_KEY).document("{ warnings(kinds: [FINDING]) { totalCount } }").execute()
        .path("warnings.totalCount").entity(Integer.class).isEqualTo(0);
  }
}
