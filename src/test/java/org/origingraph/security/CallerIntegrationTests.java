package org.origingraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.origingraph.IntegrationTest;
import org.origingraph.TestJwts;
import org.springframework.http.MediaType;

/** A caller is an API key or a bearer JWT; both carry one role and one organisation. */
class CallerIntegrationTests extends IntegrationTest {

  private static final String RECORD_BATCH = """
      mutation($lot: String!) { recordBatch(input: {gtin: "08938512000015", lot: $lot,
        facilityGln: "8938512000107", producedAt: "2026-11-20T06:30:00+07:00"}) { batch { lot } } }""";

  @Test
  void producerJwtMayWrite() {
    String lot = "JWT-" + UUID.randomUUID().toString().substring(0, 8);
    String jwt = TestJwts.token("plant-manager@phuocloc", List.of("offline_access", "PRODUCER"), FLAGSHIP_MAKER_GLN);
    graphQlWithJwt(jwt).document(RECORD_BATCH).variable("lot", lot).execute().errors().verify()
        .path("recordBatch.batch.lot").entity(String.class).isEqualTo(lot);
  }

  @Test
  void roleClaimMayBeOneStringWithRolePrefix() {
    String lot = "JWT-" + UUID.randomUUID().toString().substring(0, 8);
    String jwt = TestJwts.token("someone", "role_producer", FLAGSHIP_MAKER_GLN);
    graphQlWithJwt(jwt).document(RECORD_BATCH).variable("lot", lot).execute().errors().verify()
        .path("recordBatch.batch.lot").entity(String.class).isEqualTo(lot);
  }

  @Test
  void importerJwtMayNotWrite() {
    String jwt = TestJwts.token("buyer@naniwa", List.of("IMPORTER"), IMPORTER_GLN);
    graphQlWithJwt(jwt).document(RECORD_BATCH).variable("lot", "JWT-IMPORTER").execute().errors()
        .expect(e -> "FORBIDDEN".equals(e.getExtensions().get("code"))).verify();
  }

  @Test
  void refusesTokensThatDoNotNameOneRoleAndAnOrganization() {
    Map<String, String> refused = Map.of(
        "no organisation", TestJwts.token(Map.of("sub", "x", "roles", List.of("PRODUCER")), Duration.ofMinutes(5)),
        "not a GLN", TestJwts.token(Map.of("sub", "x", "roles", "PRODUCER", "org_gln", "8938512000009"), Duration.ofMinutes(5)),
        "no role", TestJwts.token(Map.of("sub", "x", "roles", List.of("offline_access"), "org_gln", FLAGSHIP_MAKER_GLN), Duration.ofMinutes(5)),
        "two roles", TestJwts.token("x", List.of("PRODUCER", "REGULATOR"), FLAGSHIP_MAKER_GLN),
        "expired", TestJwts.token(Map.of("sub", "x", "roles", "PRODUCER", "org_gln", FLAGSHIP_MAKER_GLN), Duration.ofMinutes(-5)),
        "foreign signature", TestJwts.foreignToken("x", "REGULATOR", AUTHORITY_GLN),
        "not a JWT", "abc.def.ghi");
    refused.forEach((why, jwt) -> http().post().uri("/graphql").header("Authorization", "Bearer " + jwt)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", "{ __typename }")).exchange()
        .expectStatus().isUnauthorized()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader().value("WWW-Authenticate", v -> assertThat(v).as(why).startsWith("Bearer"))
        .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED"));
  }

  @Test
  void regulatorJwtReadsEvents() {
    String jwt = TestJwts.token("inspector", "REGULATOR", AUTHORITY_GLN);
    graphQlWithJwt(jwt).document("{ events(first: 1) { totalCount } }").execute().errors().verify()
        .path("events.totalCount").hasValue();
  }
}
