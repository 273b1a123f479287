package org.origingraph.provenance;

import org.origingraph.api.GlobalId;

/**
 * Identifies a batch: the product's GTIN-14 and the lot.
 *
 * @param gtin GTIN-14
 * @param lot lot number
 */
public record BatchKey(String gtin, String lot) {

  /** The batch's Relay global id. */
  public String globalId() {
    return GlobalId.encode("Batch", gtin + ":" + lot);
  }
}
