package org.origingraph.provenance;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Producer mutations; authorisation and validation live in {@link ProductionLog}. */
@Controller
class ProductionController {

  /** Payload of {@code registerProduct}. */
  record RegisterProductPayload(Product product) {}

  /** Payload of {@code recordBatch}. */
  record RecordBatchPayload(Batch batch) {}

  private final ProductionLog log;

  ProductionController(ProductionLog log) {
    this.log = log;
  }

  @MutationMapping
  RegisterProductPayload registerProduct(@Argument RegisterProductInput input) {
    return new RegisterProductPayload(log.registerProduct(input));
  }

  @MutationMapping
  RecordBatchPayload recordBatch(@Argument RecordBatchInput input) {
    return new RecordBatchPayload(log.recordBatch(input));
  }
}
