package org.origingraph.provenance;

import org.jspecify.annotations.Nullable;

/**
 * A shipment that departed and has not arrived, with both ends.
 *
 * @param origin where it departed from, when known
 * @param destination where it is going, when known
 */
public record ShipmentInTransit(Shipment shipment, @Nullable Facility origin, @Nullable Facility destination) {}
