/**
 * EPCIS 2.0: capture of GS1 EPCIS documents, their mapping onto the provenance graph, and event queries.
 *
 * <p>Producers send EPCISDocuments (JSON / JSON-LD) over the EPCIS REST binding under {@code /epcis} or
 * the {@code captureEpcisDocument} GraphQL mutation. Each document is validated offline against GS1's
 * JSON Schema (shipped in the jar under {@code epcis/}), its identifiers are checked, and its events are
 * stored once each — keyed by eventID or, when absent, by the CBV 2.0 event hash — in one transaction.
 * New events shape the provenance graph: transformations become MADE_FROM, shipping/receiving become
 * shipments, commissioning becomes PRODUCED_AT, packing into an SSCC becomes a shipment unit. This module
 * decides what events mean; the provenance module writes the graph ({@link
 * org.origingraph.provenance.CapturedGraph}, in the capture's transaction).
 *
 * <p>The public API is {@link org.origingraph.epcis.EpcisCapture} (writes, PRODUCER role) and
 * {@link org.origingraph.epcis.EpcisEvents} (reads, any API key). Everything else is internal.
 */
@ApplicationModule(displayName = "EPCIS capture and query", allowedDependencies = {"api", "audit", "gs1", "integrity", "provenance", "security"})
@NullMarked
package org.origingraph.epcis;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
