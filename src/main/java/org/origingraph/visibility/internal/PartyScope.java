package org.origingraph.visibility.internal;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.origingraph.provenance.Batch;
import org.origingraph.provenance.Facility;
import org.origingraph.provenance.GraphNode;
import org.origingraph.provenance.Organization;
import org.origingraph.provenance.Product;
import org.origingraph.provenance.Shipment;

/**
 * The nodes one caller's organisation is a party to. Immutable.
 *
 * @param organization the caller's organisation GLN
 * @param facilities GLNs of the facilities it operates: with them their batches and the shipments
 *     from or to them
 * @param upstream global ids of further nodes it is a party to: for an importer, the upstream of the
 *     batches it received
 */
record PartyScope(String organization, Set<String> facilities, Set<String> upstream) {

  /** Whether the organisation is a party to {@code node}. Certificates are decided by their subjects. */
  boolean includes(GraphNode node) {
    if (upstream.contains(node.id())) {
      return true;
    }
    return switch (node) {
      case Facility f -> facilities.contains(f.gln());
      case Batch b -> own(b.facilityGln());
      case Shipment s -> own(s.originGln()) || own(s.destinationGln());
      case Organization o -> o.gln().equals(organization);
      case Product p -> organization.equals(p.ownerGln());
      default -> false;
    };
  }

  private boolean own(@Nullable String facilityGln) {
    return facilityGln != null && facilities.contains(facilityGln);
  }
}
