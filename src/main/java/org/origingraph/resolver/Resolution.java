package org.origingraph.resolver;

import org.origingraph.gs1.DigitalLink;

/**
 * What a Digital Link identifies, found in the graph.
 *
 * @param link the link as asked, with its data attributes
 * @param item a {@link org.origingraph.provenance.Product}, {@link org.origingraph.provenance.Batch},
 *     {@link SerializedItem}, {@link org.origingraph.provenance.Facility},
 *     {@link org.origingraph.provenance.Organization} or {@link org.origingraph.provenance.Shipment}
 */
public record Resolution(DigitalLink link, Object item) {}
