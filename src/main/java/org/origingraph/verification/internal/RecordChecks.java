package org.origingraph.verification.internal;

import java.util.ArrayList;
import java.util.List;

import org.origingraph.provenance.Batch;
import org.origingraph.provenance.Organization;
import org.origingraph.provenance.Product;
import org.origingraph.verification.RecordField;
import org.jspecify.annotations.Nullable;

/**
 * Which of Circular 02/2024/TT-BKHCN's mandatory record fields a product, its producer or a stage lacks.
 * Shared by the completeness rule (one walk) and the regulators' completeness report (every product).
 * Stateless.
 */
public final class RecordChecks {

  private RecordChecks() {}

  /** The product's missing fields: name (a capture placeholder's "GTIN …" counts as none), images, shelf life, standards. */
  public static List<RecordField> missing(Product product) {
    List<RecordField> missing = new ArrayList<>();
    if (blank(product.name()) || product.name().equals("GTIN " + product.gtin())) {
      missing.add(RecordField.PRODUCT_NAME);
    }
    if (product.images().isEmpty()) {
      missing.add(RecordField.PRODUCT_IMAGES);
    }
    if (product.shelfLifeDays() == null) {
      missing.add(RecordField.SHELF_LIFE);
    }
    if (product.standards().isEmpty()) {
      missing.add(RecordField.STANDARDS);
    }
    return missing;
  }

  /** The producer's or trader's missing fields: name and address; both when it is not known at all. */
  public static List<RecordField> missing(@Nullable Organization organization) {
    if (organization == null) {
      return List.of(RecordField.PRODUCER_NAME, RecordField.PRODUCER_ADDRESS);
    }
    List<RecordField> missing = new ArrayList<>();
    if (blank(organization.name())) {
      missing.add(RecordField.PRODUCER_NAME);
    }
    if (organization.address() == null || blank(organization.address().street()) && blank(organization.address().locality())) {
      missing.add(RecordField.PRODUCER_ADDRESS);
    }
    return missing;
  }

  /** The stage's missing fields: product code, location code, time, lot. */
  public static List<RecordField> missing(Batch batch) {
    List<RecordField> missing = new ArrayList<>();
    if (blank(batch.gtin())) {
      missing.add(RecordField.STAGE_PRODUCT_CODE);
    }
    if (blank(batch.facilityGln())) {
      missing.add(RecordField.STAGE_LOCATION);
    }
    if (batch.producedAt() == null) {
      missing.add(RecordField.STAGE_TIME);
    }
    if (blank(batch.lot())) {
      missing.add(RecordField.LOT_OR_SERIAL);
    }
    return missing;
  }

  private static boolean blank(@Nullable String text) {
    return text == null || text.isBlank();
  }
}
