package org.origingraph.provenance.internal;

import org.origingraph.integrity.Integrity;
import org.origingraph.provenance.Batch;
import org.origingraph.provenance.BatchIntegrity;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code Batch.integrity}, as {@link BatchIntegrity} judges it. */
@Controller
class BatchIntegrityController {

  private final BatchIntegrity integrity;

  BatchIntegrityController(BatchIntegrity integrity) {
    this.integrity = integrity;
  }

  @SchemaMapping(typeName = "Batch", field = "integrity")
  Integrity integrity(Batch batch) {
    return integrity.of(batch.key());
  }
}
