package org.origingraph.provenance.internal;

import org.origingraph.api.PageRequest;

/** A request for one page of one product's batches, as a batch-loader key. */
public record ProductBatchesKey(String gtin, PageRequest page) {}
