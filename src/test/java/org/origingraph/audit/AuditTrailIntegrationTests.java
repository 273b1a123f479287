package org.origingraph.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.origingraph.IntegrationTest;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Every write leaves a record, accepted or not; regulators and administrators read the trail,
 * filtered by organisation and time; nobody else reads it.
 */
class AuditTrailIntegrationTests extends IntegrationTest {

  private static final String TRAIL = """
      query($org: String, $since: DateTime, $until: DateTime, $first: Int, $after: String) {
        auditTrail(organization: $org, since: $since, until: $until, first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { node { id at actor credential role organization operation identifiers requestId outcome detail } } } }""";

  private GraphQlTester.Response trail(String key, Map<String, Object> variables) {
    var request = graphQlWithKey(key).document(TRAIL);
    for (var v : variables.entrySet()) {
      request = request.variable(v.getKey(), v.getValue());
    }
    return request.execute();
  }

  /** The records of request {@code requestId}, as the regulator reads them. */
  @SuppressWarnings("rawtypes")
  private List<Map> records(String requestId, OffsetDateTime since) {
    return trail(READER_KEY, Map.of("since", since.toString(), "first", 100)).errors().verify()
        .path("auditTrail.edges[?(@.node.requestId == '" + requestId + "')].node").entityList(Map.class).get();
  }

  private static Map<String, Object> batch(String lot, String facility) {
    return Map.of("gtin", FLAGSHIP_GTIN, "lot", lot, "facilityGln", facility, "producedAt", "2026-05-01T06:00:00+07:00",
        "inputs", List.of());
  }

  @Test
  @SuppressWarnings("unchecked")
  void anAcceptedAndARefusedMutationAreBothOnTheTrail() {
    OffsetDateTime since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
    String accepted = "acc-" + UUID.randomUUID();
    String lot = "AUD-" + UUID.randomUUID().toString().substring(0, 8);
    graphQlWithKey(PRODUCER_KEY).mutate().header("X-Request-Id", accepted).build()
        .documentName("recordBatch").variable("input", batch(lot, "8938512000107")).execute().errors().verify();
    String refused = "ref-" + UUID.randomUUID();
    graphQlWithKey(PRODUCER_KEY).mutate().header("X-Request-Id", refused).build()
        .documentName("recordBatch").variable("input", batch(lot + "X", "8938513000106")).execute().errors()
        .expect(e -> "FORBIDDEN".equals(e.getExtensions().get("code"))).verify();

    var ok = records(accepted, since);
    assertThat(ok).hasSize(1);
    assertThat(ok.getFirst()).containsEntry("operation", "recordBatch").containsEntry("outcome", "ACCEPTED")
        .containsEntry("actor", "test-producer").containsEntry("credential", "API_KEY").containsEntry("role", "PRODUCER")
        .containsEntry("organization", FLAGSHIP_MAKER_GLN);
    assertThat((List<Object>) ok.getFirst().get("identifiers"))
        .contains("input.gtin=" + FLAGSHIP_GTIN, "input.lot=" + lot, "input.facilityGln=8938512000107");
    var no = records(refused, since);
    assertThat(no).hasSize(1);
    assertThat(no.getFirst()).containsEntry("outcome", "REFUSED");
    assertThat((String) no.getFirst().get("detail")).startsWith("FORBIDDEN").contains("input.facilityGln");
  }

  @Test
  void anAnonymousWriteAndInvalidInputAreRecordedTooWithAMadeUpRequestId() {
    OffsetDateTime since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
    String lot = "AUD-ANON-" + UUID.randomUUID().toString().substring(0, 6);
    graphQl.documentName("recordBatch").variable("input", batch(lot, "8938512000107")).execute().errors()
        .expect(e -> "UNAUTHENTICATED".equals(e.getExtensions().get("code"))).verify();
    @SuppressWarnings("rawtypes")
    List<Map> anonymous = trail(ADMIN_KEY, Map.of("since", since.toString(), "first", 100)).errors().verify()
        .path("auditTrail.edges[*].node").entityList(Map.class).get().stream()
        .filter(r -> ((List<?>) r.get("identifiers")).contains("input.lot=" + lot)).toList();
    assertThat(anonymous).hasSize(1);
    assertThat(anonymous.getFirst()).containsEntry("actor", "anonymous").containsEntry("role", "PUBLIC")
        .containsEntry("outcome", "REFUSED").containsEntry("organization", null);
    assertThat((String) anonymous.getFirst().get("requestId")).isNotBlank();

    String invalid = "bad-" + UUID.randomUUID();
    graphQlWithKey(PRODUCER_KEY).mutate().header("X-Request-Id", invalid).build()
        .documentName("recordBatch").variable("input", batch("bad lot with spaces", "8938512000107")).execute().errors()
        .expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))).verify();
    assertThat(records(invalid, since)).singleElement().satisfies(r -> assertThat(r).containsEntry("outcome", "FAILED"));
  }

  @Test
  void theTrailIsFilteredByOrganisationAndTimeAndPaged() {
    OffsetDateTime since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
    for (int i = 0; i < 3; i++) {
      graphQlWithKey(PRODUCER_KEY).documentName("recordBatch")
          .variable("input", batch("AUD-P-" + UUID.randomUUID().toString().substring(0, 8), "8938512000107"))
          .execute().errors().verify();
    }
    OffsetDateTime until = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(1);
    var first = trail(READER_KEY, Map.of("org", FLAGSHIP_MAKER_GLN, "since", since.toString(), "until", until.toString(),
        "first", 2)).errors().verify();
    int total = first.path("auditTrail.totalCount").entity(Integer.class).get();
    assertThat(total).isGreaterThanOrEqualTo(3);
    first.path("auditTrail.edges[*].node.organization").entityList(String.class).containsExactly(FLAGSHIP_MAKER_GLN, FLAGSHIP_MAKER_GLN)
        .path("auditTrail.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
    String cursor = first.path("auditTrail.pageInfo.endCursor").entity(String.class).get();
    trail(READER_KEY, Map.of("org", FLAGSHIP_MAKER_GLN, "since", since.toString(), "until", until.toString(),
        "first", 100, "after", cursor)).errors().verify()
        .path("auditTrail.edges").entityList(Object.class).hasSize(total - 2);
    trail(READER_KEY, Map.of("org", IMPORTER_GLN, "since", since.toString(), "until", until.toString())).errors().verify()
        .path("auditTrail.edges[*].node.organization").entityList(String.class)
        .satisfies(orgs -> assertThat(orgs).allMatch(IMPORTER_GLN::equals));
    trail(READER_KEY, Map.of("since", until.plusDays(1).toString())).errors().verify()
        .path("auditTrail.totalCount").entity(Integer.class).isEqualTo(0);
  }

  @Test
  void onlyRegulatorsAndAdministratorsReadTheTrail() {
    for (String key : List.of(PRODUCER_KEY, IMPORTER_KEY)) {
      trail(key, Map.of()).errors().expect(e -> "FORBIDDEN".equals(e.getExtensions().get("code"))).verify()
          .path("auditTrail").pathDoesNotExist();
    }
    graphQl.document(TRAIL).execute().errors().expect(e -> "UNAUTHENTICATED".equals(e.getExtensions().get("code"))).verify();
    trail(ADMIN_KEY, Map.of("first", 1)).errors().verify().path("auditTrail.totalCount").hasValue();
  }

  @Test
  void aMalformedOrganisationOrAnEmptyTimeRangeIsBadUserInput() {
    trail(READER_KEY, Map.of("org", "123")).errors()
        .expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code")) && "organization".equals(e.getExtensions().get("argument")))
        .verify();
    trail(READER_KEY, Map.of("since", "2026-03-02T00:00:00Z", "until", "2026-03-01T00:00:00Z")).errors()
        .expect(e -> "until".equals(e.getExtensions().get("argument"))).verify();
  }
}
