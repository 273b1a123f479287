package org.origingraph.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.origingraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;

/** Producer writes: API key required, validated completely, all or nothing. */
class ProductionIntegrationTests extends IntegrationTest {

  private static final String FARM = "8938513000106";
  private static final String COCONUTS = "08938513000014";
  /** The flagship maker's plant, where the test producer may record its own products' batches. */
  private static final String PLANT = "8938512000107";

  @Autowired
  private Neo4jClient neo4j;

  private Map<String, Object> batch(String lot, List<Map<String, Object>> inputs) {
    return Map.of("gtin", COCONUTS, "lot", lot, "facilityGln", FARM, "producedAt", "2026-05-01T06:00:00+07:00",
        "quantity", Map.of("value", 1200.0, "unit", "KGM"), "inputs", inputs);
  }

  /** A batch of the test producer's own product at its own plant. */
  private Map<String, Object> ownBatch(String lot, List<Map<String, Object>> inputs) {
    return Map.of("gtin", FLAGSHIP_GTIN, "lot", lot, "facilityGln", PLANT, "producedAt", "2026-05-01T06:00:00+07:00",
        "quantity", Map.of("value", 1200.0, "unit", "H87"), "inputs", inputs);
  }

  private long batchesWithLot(String lot) {
    return neo4j.query("MATCH (b:Batch {lot: $lot}) RETURN count(b)").bind(lot).to("lot").fetchAs(Long.class).one().orElseThrow();
  }

  @Test
  void mutationWithoutApiKeyIsUnauthenticatedAndWritesNothing() {
    graphQl.documentName("recordBatch").variable("input", batch("NOKEY-1", List.of())).execute().errors()
        .expect(e -> "UNAUTHENTICATED".equals(e.getExtensions().get("code"))).verify();
    assertThat(batchesWithLot("NOKEY-1")).isZero();
  }

  @Test
  void keyWithoutProducerRoleIsForbidden() {
    graphQlWithKey(READER_KEY).documentName("recordBatch").variable("input", batch("READER-1", List.of())).execute()
        .errors().expect(e -> "FORBIDDEN".equals(e.getExtensions().get("code"))).verify();
    assertThat(batchesWithLot("READER-1")).isZero();
  }

  @Test
  void unknownApiKeyIsRefusedWithProblemJson() {
    http().post().uri("/graphql").header("X-API-Key", "guessed-key").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("query", "{ __typename }")).exchange()
        .expectStatus().isUnauthorized()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
  }

  @Test
  void readsNeedNoKey() {
    graphQl.document("{ product(gtin: \"" + FLAGSHIP_GTIN + "\") { name } }").execute().errors().verify()
        .path("product.name").hasValue();
  }

  @Test
  void recordedTransformationAppearsInProvenanceAtOnce() {
    var producer = graphQlWithKey(PRODUCER_KEY);
    // The co-op's coconuts at the co-op's farm: not the producer's to record; an administrator may.
    graphQlWithKey(ADMIN_KEY).documentName("recordBatch").variable("input", batch("PROD-IN-1", List.of())).execute()
        .errors().verify();
    producer.documentName("registerProduct").variable("input", Map.of(
            "gtin", "8938512999999", "name", "Kẹo dừa thử nghiệm", "group", "CONFECTIONERY", "originCountry", "vn",
            "ownerGln", "8938512000008", "standards", List.of("HACCP")))
        .execute().errors().verify()
        .path("registerProduct.product.originCountry").entity(String.class).isEqualTo("VN")
        .path("registerProduct.product.owner.name").hasValue();
    producer.documentName("recordBatch").variable("input", Map.of(
            "gtin", "08938512999999", "lot", "PROD-OUT-1", "facilityGln", "8938512000107",
            "producedAt", "2026-05-03T09:00:00+07:00",
            "inputs", List.of(Map.of("gtin", COCONUTS, "lot", "PROD-IN-1", "quantity", Map.of("value", 300.0, "unit", "KGM")))))
        .execute().errors().verify()
        .path("recordBatch.batch.inputs[0].batch.lot").entity(String.class).isEqualTo("PROD-IN-1");

    String provenance = "{ provenance(gtin: \"08938512999999\", lot: \"PROD-OUT-1\") { tiers edges { kind quantity { value } } } }";
    // Made at the producer's own plant: it reads the quantity consumed; the public does not.
    producer.document(provenance)
        .execute().path("provenance.tiers").entity(Integer.class).isEqualTo(2)
        .path("provenance.edges[?(@.kind == 'MADE_FROM')].quantity.value").entityList(Double.class).containsExactly(300.0);
    graphQl.document(provenance)
        .execute().path("provenance.tiers").entity(Integer.class).isEqualTo(2)
        .path("provenance.edges[?(@.kind == 'MADE_FROM')].quantity").entityList(Object.class).containsExactly((Object) null);
  }

  @Test
  void unknownInputIsNamedAndNothingIsWritten() {
    var input = ownBatch("PARTIAL-1", List.of(
        Map.of("gtin", COCONUTS, "lot", "MCN-DK-2602-20"),
        Map.of("gtin", COCONUTS, "lot", "NO-SUCH-LOT")));
    graphQlWithKey(PRODUCER_KEY).documentName("recordBatch").variable("input", input).execute().errors()
        .expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
            && "input.inputs[1]".equals(e.getExtensions().get("argument"))).verify();
    assertThat(batchesWithLot("PARTIAL-1")).isZero();
  }

  @Test
  void invalidInputGtinCheckDigitIsNamed() {
    var input = ownBatch("BADGTIN-1", List.of(Map.of("gtin", "08938513000015", "lot", "X")));
    graphQlWithKey(PRODUCER_KEY).documentName("recordBatch").variable("input", input).execute().errors()
        .expect(e -> "input.inputs[0].gtin".equals(e.getExtensions().get("argument"))
            && e.getMessage().contains("should be 4")).verify();
    assertThat(batchesWithLot("BADGTIN-1")).isZero();
  }

  @Test
  void recordingTheSameBatchTwiceIsRefused() {
    var producer = graphQlWithKey(PRODUCER_KEY);
    producer.documentName("recordBatch").variable("input", ownBatch("TWICE-1", List.of())).execute().errors().verify();
    producer.documentName("recordBatch").variable("input", ownBatch("TWICE-1", List.of())).execute().errors()
        .expect(e -> "input.lot".equals(e.getExtensions().get("argument")) && e.getMessage().contains("already recorded"))
        .verify();
    assertThat(batchesWithLot("TWICE-1")).isEqualTo(1);
  }

  @Test
  void aProducerCannotRecordABatchAtAnotherOrganisationsFacility() {
    graphQlWithKey(PRODUCER_KEY).documentName("recordBatch").variable("input", batch("FOREIGN-FARM-1", List.of())).execute()
        .errors().expect(e -> "FORBIDDEN".equals(e.getExtensions().get("code"))
            && "input.facilityGln".equals(e.getExtensions().get("argument")) && e.getMessage().contains(FARM)).verify();
    assertThat(batchesWithLot("FOREIGN-FARM-1")).isZero();
  }

  @Test
  void aProducerCannotRecordABatchOfAnotherOrganisationsProductAtItsOwnPlant() {
    var input = new java.util.HashMap<>(ownBatch("FOREIGN-GTIN-1", List.of()));
    input.put("gtin", COCONUTS);
    graphQlWithKey(PRODUCER_KEY).documentName("recordBatch").variable("input", input).execute()
        .errors().expect(e -> "FORBIDDEN".equals(e.getExtensions().get("code"))
            && "input.gtin".equals(e.getExtensions().get("argument"))).verify();
    assertThat(batchesWithLot("FOREIGN-GTIN-1")).isZero();
  }

  @Test
  void aProducerRegistersOnlyProductsOfItsOwnCompanyPrefixForItself() {
    graphQlWithKey(PRODUCER_KEY).documentName("registerProduct").variable("input", Map.of(
            "gtin", "08938513999998", "name", "Dừa của người khác", "group", "OTHER", "originCountry", "VN"))
        .execute().errors().expect(e -> "FORBIDDEN".equals(e.getExtensions().get("code"))
            && "input.gtin".equals(e.getExtensions().get("argument"))).verify();
    graphQlWithKey(PRODUCER_KEY).documentName("registerProduct").variable("input", Map.of(
            "gtin", "08938512999982", "name", "Kẹo cho người khác", "group", "CONFECTIONERY", "originCountry", "VN",
            "ownerGln", "8938513000007"))
        .execute().errors().expect(e -> "FORBIDDEN".equals(e.getExtensions().get("code"))
            && "input.ownerGln".equals(e.getExtensions().get("argument"))).verify();
    assertThat(neo4j.query("MATCH (p:Product) WHERE p.gtin IN ['08938513999998', '08938512999982'] RETURN count(p)")
        .fetchAs(Long.class).one().orElseThrow()).isZero();
  }

  @Test
  void registeringAnExistingGtinIsRefused() {
    graphQlWithKey(PRODUCER_KEY).documentName("registerProduct").variable("input", Map.of(
            "gtin", FLAGSHIP_GTIN, "name", "Duplicate", "group", "CONFECTIONERY", "originCountry", "VN"))
        .execute().errors()
        .expect(e -> "input.gtin".equals(e.getExtensions().get("argument")) && e.getMessage().contains("already registered"))
        .verify();
  }
}
