package org.origingraph.verification.internal;

import java.util.Map;

import org.origingraph.api.Arguments;
import org.origingraph.api.PageRequest;
import org.origingraph.gs1.Gln;
import org.origingraph.provenance.ProductGroup;
import org.origingraph.security.Callers;
import org.origingraph.verification.Completeness;
import org.origingraph.verification.CompletenessReport;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code Query.completeness}. */
@Controller
class CompletenessController {

  private final Completeness completeness;

  CompletenessController(Completeness completeness) {
    this.completeness = completeness;
  }

  @QueryMapping
  CompletenessReport completeness(@Argument @Nullable Map<String, Object> filter, @Argument @Nullable Integer first,
      @Argument @Nullable String after) {
    Map<String, Object> f = filter == null ? Map.of() : filter;
    ProductGroup group = f.get("group") == null ? null : ProductGroup.valueOf(f.get("group").toString());
    String organization = f.get("organization") == null ? null
        : Arguments.parse("filter.organization", f.get("organization").toString(), Gln::parse).value();
    boolean incompleteOnly = Boolean.TRUE.equals(f.get("incompleteOnly"));
    return completeness.report(Callers.current(), group, organization, incompleteOnly, PageRequest.of(first, after));
  }
}
