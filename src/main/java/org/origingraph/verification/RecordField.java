package org.origingraph.verification;

/**
 * The record fields Circular 02/2024/TT-BKHCN makes mandatory for traceability, as the checks name them
 * when one is missing.
 */
public enum RecordField {
  /** The product's name (a placeholder "GTIN …" name counts as missing). */
  PRODUCT_NAME,
  /** At least one image of the product. */
  PRODUCT_IMAGES,
  /** The producer's or trader's name. */
  PRODUCER_NAME,
  /** The producer's or trader's address. */
  PRODUCER_ADDRESS,
  /** Each stage's product code (GTIN). */
  STAGE_PRODUCT_CODE,
  /** Each stage's location code (the facility's GLN). */
  STAGE_LOCATION,
  /** Each stage's time. */
  STAGE_TIME,
  /** The lot or serial number. */
  LOT_OR_SERIAL,
  /** The shelf life. */
  SHELF_LIFE,
  /** The standards the product is made to or certified against. */
  STANDARDS
}
