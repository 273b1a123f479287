package org.origingraph.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.origingraph.provenance.Address;
import org.origingraph.provenance.Batch;
import org.origingraph.provenance.Organization;
import org.origingraph.provenance.Product;
import org.origingraph.provenance.ProductGroup;
import org.origingraph.verification.Finding;
import org.origingraph.verification.RecordField;

class RecordCompletenessRuleTests {

  private static Product product(String name, List<String> images, Integer shelfLife, List<String> standards) {
    return new Product("08938512000015", name, null, ProductGroup.CONFECTIONERY, null, "VN", images, standards, shelfLife, null, "8938512000008");
  }

  @Test
  void eachMissingFieldIsOneFindingNamingIt() {
    var batch = new Batch("08938512000015", "L1", null, null, null, null);
    var bare = product("Kẹo dừa", List.of(), null, List.of());
    var findings = new RecordCompletenessRule().check(new Walks().add(batch, bare).chain());
    assertThat(findings).extracting(f -> f.arguments().get("field")).containsExactly(
        "PRODUCT_IMAGES", "SHELF_LIFE", "STANDARDS", "STAGE_LOCATION", "STAGE_TIME");
    assertThat(findings).extracting(Finding::subjects).first().isEqualTo(List.of(bare));
  }

  @Test
  void aCompleteRecordHasNoFinding() {
    var batch = new Batch("08938512000015", "L1", OffsetDateTime.parse("2026-03-02T07:30:00+07:00"), null, null, "8938512000107");
    var full = product("Kẹo dừa", List.of("https://img"), 365, List.of("HACCP"));
    var maker = new Organization("8938512000008", "Phước Lộc", "VN", List.of(),
        new Address("128 Nguyễn Đình Chiểu", "Bến Tre", null, null, "VN"));
    assertThat(new RecordCompletenessRule().check(new Walks().add(batch, full, maker).chain())).isEmpty();
  }

  @Test
  void placeholderNamesAndMissingAddressesCount() {
    assertThat(RecordChecks.missing(product("GTIN 08938512000015", List.of("i"), 1, List.of("s"))))
        .containsExactly(RecordField.PRODUCT_NAME);
    assertThat(RecordChecks.missing(new Organization("1", "X", "VN", List.of(), null))).containsExactly(RecordField.PRODUCER_ADDRESS);
    assertThat(RecordChecks.missing((Organization) null)).containsExactly(RecordField.PRODUCER_NAME, RecordField.PRODUCER_ADDRESS);
  }
}
