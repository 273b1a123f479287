package org.origingraph.integrity.internal;

import java.util.List;

import org.origingraph.api.BadUserInputException;
import org.origingraph.integrity.Integrity;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code Integrity.records(first:)}: the first records checked, each with the index of its leaf for the proofs. */
@Controller
class IntegrityController {

  static final int MAX_FIRST = 500;

  @SchemaMapping(typeName = "Integrity", field = "records")
  List<Integrity.Discrepancy> records(Integrity integrity, @Argument int first) {
    if (first < 0 || first > MAX_FIRST) {
      throw new BadUserInputException("first", "first must be between 0 and " + MAX_FIRST);
    }
    return integrity.records().subList(0, Math.min(first, integrity.records().size()));
  }
}
