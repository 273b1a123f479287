package org.origingraph.resolver;

import org.origingraph.provenance.Batch;
import org.origingraph.provenance.Product;
import org.jspecify.annotations.Nullable;

/**
 * One individual item of a product (GTIN + serial, AI 21), optionally of a known lot.
 *
 * <p>The graph records products and lots, not serial numbers, so a serialised item is known when its
 * product (and its lot, when the link names one) is known; the serial is taken as printed.
 *
 * @param gtin GTIN-14 of the product
 * @param lot the lot, when the link names one
 * @param serial the serial number
 * @param digitalLink the item's canonical Digital Link
 * @param product the product
 * @param batch the lot's batch, when the link names a lot
 */
public record SerializedItem(
    String gtin, @Nullable String lot, String serial, String digitalLink, Product product, @Nullable Batch batch) {}
