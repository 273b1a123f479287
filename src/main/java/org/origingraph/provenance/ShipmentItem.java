package org.origingraph.provenance;

import org.jspecify.annotations.Nullable;

/** One batch on a shipment and how much of it. */
public record ShipmentItem(Batch batch, @Nullable Quantity quantity) {}
