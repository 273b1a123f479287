package org.origingraph.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.origingraph.IntegrationTest;
import org.origingraph.gs1.CheckDigit;
import org.origingraph.integrity.internal.LogTree;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code Batch.integrity} over real records: captured events verify; an event edited behind the API,
 * straight in Neo4j, turns the verdict false and is named; an error declaration appends and leaves the
 * original readable and verifiable; a rolled-back write leaves no leaf.
 */
class IntegrityIntegrationTests extends IntegrationTest {

  private static final String GTIN = CheckDigit.append("0893599912345");
  private static final String INTEGRITY = """
      query($gtin: String!, $lot: String!) {
        batch(gtin: $gtin, lot: $lot) {
          integrity {
            verified treeSize rootHash checkedRecords complete discrepancies { kind id fault index }
            records(first: 3) { kind id fault index }
          }
        }
      }""";

  @Autowired
  Neo4jClient neo4j;
  @Autowired
  LogTree tree;
  @Autowired
  IntegrityLog log;
  @Autowired
  PlatformTransactionManager transactions;

  @Test
  void anEventEditedBehindTheApiTurnsTheVerdictFalseAndIsNamed() {
    String lot = lot();
    String id = "urn:uuid:" + UUID.randomUUID();
    capture(event(id, lot, null));
    assertThat(verdict(lot)).containsEntry("verified", true).containsEntry("discrepancies", List.of());
    assertThat(((Number) verdict(lot).get("checkedRecords")).intValue()).isGreaterThanOrEqualTo(1);

    neo4j.query("MATCH (e:Event {eventId: $id}) SET e.json = replace(e.json, 'inspecting', 'shipping')")
        .bind(id).to("id").run();

    Map<String, Object> after = verdict(lot);
    assertThat(after).containsEntry("verified", false);
    List<?> discrepancies = (List<?>) after.get("discrepancies");
    assertThat(discrepancies).hasSize(1);
    Map<?, ?> discrepancy = (Map<?, ?>) discrepancies.getFirst();
    assertThat(discrepancy.get("kind")).isEqualTo("event");
    assertThat(discrepancy.get("id")).isEqualTo(id);
    assertThat(discrepancy.get("fault")).isEqualTo("CHANGED");
  }

  @Test
  void anErrorDeclarationAppendsAndTheOriginalStaysVerifiable() {
    String lot = lot();
    String id = "urn:uuid:" + UUID.randomUUID();
    capture(event(id, lot, null));
    long before = tree.tree().size();
    capture(event(id, lot, "{\"declarationTime\": \"2026-03-02T08:00:00Z\", \"reason\": \"incorrect_data\"}"));

    assertThat(tree.tree().size()).isEqualTo(before + 1);
    Map<String, Object> stored = neo4j.query("""
            MATCH (e:Event {eventId: $id})
            RETURN e.acceptedJson AS original, e.json AS json, size(e.declarations) AS declarations""")
        .bind(id).to("id").fetch().one().orElseThrow();
    assertThat((String) stored.get("original")).doesNotContain("errorDeclaration");
    assertThat((String) stored.get("json")).contains("incorrect_data");
    assertThat(stored).containsEntry("declarations", 1L);
    Map<String, Object> verdict = verdict(lot);
    assertThat(verdict).containsEntry("verified", true);
    assertThat(((Number) verdict.get("checkedRecords")).intValue()).isGreaterThanOrEqualTo(2);
    http().get().uri("/log/v1/entries?start={i}&end={j}", before, before).exchange().expectStatus().isOk().expectBody()
        .jsonPath("$[0].kind").isEqualTo("errorDeclaration").jsonPath("$[0].id").isEqualTo(id + "#1");
  }

  @Test
  void aRolledBackCaptureLeavesNoLeaf() {
    long size = tree.tree().size();
    String id = "urn:uuid:" + UUID.randomUUID();
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      log.append(List.of(new Accepted(Accepted.EVENT, id, Map.of("rolled", "back"))));
      status.setRollbackOnly();
    });
    assertThat(tree.tree().size()).isEqualTo(size);
    assertThat(neo4j.query("MATCH (e:LogEntry {id: $id}) RETURN count(e)").bind(id).to("id").fetchAs(Long.class).one())
        .contains(0L);
    // the indexes it had are given back: the next leaf takes the next one
    String next = "urn:uuid:" + UUID.randomUUID();
    capture(event(next, lot(), null));
    assertThat(tree.tree().size()).isEqualTo(size + 1);
    assertThat(neo4j.query("MATCH (e:LogEntry {id: $id}) RETURN e.index").bind(next).to("id").fetchAs(Long.class).one())
        .contains(size);
  }

  @Test
  void appendingOutsideATransactionIsRefused() {
    org.assertj.core.api.Assertions.assertThatIllegalStateException()
        .isThrownBy(() -> log.append(List.of(new Accepted(Accepted.EVENT, "x", null))));
  }

  @Test
  void theFlagshipsDemoRecordsVerify() {
    graphQl.document(INTEGRITY).variable("gtin", FLAGSHIP_GTIN).variable("lot", FLAGSHIP_LOT).execute()
        .path("batch.integrity.verified").entity(Boolean.class).isEqualTo(true)
        .path("batch.integrity.complete").entity(Boolean.class).isEqualTo(true)
        .path("batch.integrity.checkedRecords").entity(Integer.class).satisfies(n -> assertThat(n).isGreaterThan(10))
        .path("batch.integrity.records[0].index").entity(Integer.class).satisfies(i -> assertThat(i).isNotNegative())
        .path("batch.integrity.records[0].fault").valueIsNull();
  }

  private Map<String, Object> verdict(String lot) {
    return graphQl.document(INTEGRITY).variable("gtin", GTIN).variable("lot", lot).execute()
        .path("batch.integrity").entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {})
        .get();
  }

  private void capture(String event) {
    String document = """
        {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
         "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-03-01T08:00:00Z",
         "epcisBody": {"eventList": [%s]}}""".formatted(event);
    http().post().uri("/epcis/capture").contentType(MediaType.valueOf("application/ld+json"))
        .header("X-API-Key", ADMIN_KEY).bodyValue(document).exchange().expectStatus().isAccepted();
  }

  private static String event(String id, String lot, String errorDeclaration) {
    return """
        {"eventID": "%s", %s"type": "ObjectEvent", "eventTime": "2026-03-01T08:00:00+07:00",
         "eventTimeZoneOffset": "+07:00", "action": "OBSERVE", "bizStep": "inspecting",
         "quantityList": [{"epcClass": "urn:epc:class:lgtin:8935999.012345.%s", "quantity": 12.5, "uom": "KGM"}],
         "readPoint": {"id": "urn:epc:id:sgln:8935999.00001.0"}}""".formatted(id,
        errorDeclaration == null ? "" : "\"errorDeclaration\": " + errorDeclaration + ", ", lot);
  }

  private static String lot() {
    return "IT-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
