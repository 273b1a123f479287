package org.origingraph.provenance;

/**
 * How many of one product's batches lack a stage's location or time.
 *
 * @param gtin the product
 * @param batches its batches
 * @param withoutLocation batches with no facility they were produced at
 * @param withoutTime batches with no production time
 */
public record StageGaps(String gtin, long batches, long withoutLocation, long withoutTime) {}
