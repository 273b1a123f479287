package org.origingraph.verification.internal;

import java.util.Optional;

import org.origingraph.api.Arguments;
import org.origingraph.gs1.Gtin;
import org.origingraph.gs1.Lot;
import org.origingraph.provenance.BatchKey;
import org.origingraph.security.Callers;
import org.origingraph.verification.RecallReport;
import org.origingraph.verification.Recalls;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code Query.recall}. */
@Controller
class RecallController {

  private final Recalls recalls;

  RecallController(Recalls recalls) {
    this.recalls = recalls;
  }

  @QueryMapping
  Optional<RecallReport> recall(@Argument String gtin, @Argument String lot) {
    var key = new BatchKey(Arguments.parse("gtin", gtin, Gtin::parse).value(), Arguments.parse("lot", lot, Lot::parse).value());
    return recalls.recall(Callers.current(), key);
  }
}
