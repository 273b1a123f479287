package org.origingraph.provenance;

import java.util.List;

/**
 * A certificate that runs out soon, with what it vouches for and who holds it.
 *
 * @param certificate the certificate
 * @param subjects the facilities, organisations and batches it certifies
 * @param holderGlns party GLNs of the organisations that should renew it: a certified organisation,
 *     a certified facility's operator, a certified batch's producer; sorted, without duplicates
 */
public record ExpiringCertificate(Certificate certificate, List<GraphNode> subjects, List<String> holderGlns) {

  public ExpiringCertificate {
    subjects = List.copyOf(subjects);
    holderGlns = List.copyOf(holderGlns);
  }
}
