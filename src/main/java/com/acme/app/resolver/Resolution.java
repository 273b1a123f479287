package com.acme.app.resolver;

import com.acme.app.gs1.DigitalLink;

/**
 * What a Digital Link identifies, found in the graph.
 *
 * @param link the link as asked, with its data attributes
 * @param item a {@link com.acme.app.provenance.Product}, {@link com.acme.app.provenance.Batch},
 *     {@link SerializedItem}, {@link com.acme.app.provenance.Facility},
 *     {@link com.acme.app.provenance.Organization} or {@link com.acme.app.provenance.Shipment}
 */
public record Resolution(DigitalLink link, Object item) {}
