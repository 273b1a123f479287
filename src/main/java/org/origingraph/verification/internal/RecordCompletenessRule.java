package org.origingraph.verification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.origingraph.provenance.Batch;
import org.origingraph.provenance.GraphNode;
import org.origingraph.provenance.Organization;
import org.origingraph.provenance.Product;
import org.origingraph.verification.Finding;
import org.origingraph.verification.FindingCode;
import org.origingraph.verification.RecordField;

/**
 * Circular 02/2024/TT-BKHCN's mandatory fields, for everything a walk holds: each product (name,
 * images, shelf life, standards), each producer or trader operating a facility of the walk (name,
 * address), and each stage (product code, location code, time, lot). One finding per missing field and
 * subject.
 */
final class RecordCompletenessRule implements Rule {

  @Override
  public List<Finding> check(Chain chain) {
    List<Finding> findings = new ArrayList<>();
    for (Product product : chain.products()) {
      add(findings, product, product.name(), RecordChecks.missing(product));
    }
    for (Organization organization : chain.organizations()) {
      add(findings, organization, organization.name(), RecordChecks.missing(organization));
    }
    for (Batch batch : chain.batches()) {
      add(findings, batch, batch.lot(), RecordChecks.missing(batch));
    }
    return findings;
  }

  private static void add(List<Finding> findings, GraphNode subject, String name, List<RecordField> missing) {
    for (RecordField field : missing) {
      findings.add(new Finding(FindingCode.RECORD_INCOMPLETE, Map.of("subject", name, "field", field.name()),
          List.of(subject)));
    }
  }
}
