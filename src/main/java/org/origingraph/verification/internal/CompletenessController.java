package org.origingraph.verification.internal;

import java.util.List;
import java.util.Map;

import org.origingraph.api.Arguments;
import org.origingraph.api.Connection;
import org.origingraph.api.PageRequest;
import org.origingraph.gs1.Gln;
import org.origingraph.provenance.ProductGroup;
import org.origingraph.security.Callers;
import org.origingraph.verification.Completeness;
import org.origingraph.verification.CompletenessReport;
import org.origingraph.verification.ProductCompleteness;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.completeness}. The page is an ordinary {@link Connection} (so Spring for GraphQL's
 * connection support handles it like every other); the per-group summary over the whole filter travels
 * beside it as the local context of {@code CompletenessConnection.groups}.
 */
@Controller
class CompletenessController {

  private final Completeness completeness;

  CompletenessController(Completeness completeness) {
    this.completeness = completeness;
  }

  @QueryMapping
  DataFetcherResult<Connection<ProductCompleteness>> completeness(@Argument @Nullable Map<String, Object> filter,
      @Argument @Nullable Integer first, @Argument @Nullable String after) {
    Map<String, Object> f = filter == null ? Map.of() : filter;
    ProductGroup group = f.get("group") == null ? null : ProductGroup.valueOf(f.get("group").toString());
    String organization = f.get("organization") == null ? null
        : Arguments.parse("filter.organization", f.get("organization").toString(), Gln::parse).value();
    boolean incompleteOnly = Boolean.TRUE.equals(f.get("incompleteOnly"));
    CompletenessReport report = completeness.report(Callers.current(), group, organization, incompleteOnly,
        PageRequest.of(first, after));
    return DataFetcherResult.<Connection<ProductCompleteness>>newResult()
        .data(new Connection<>(report.edges(), report.pageInfo(), report.totalCount()))
        .localContext(new Groups(report.groups())).build();
  }

  @SchemaMapping(typeName = "CompletenessConnection")
  List<CompletenessReport.Group> groups(DataFetchingEnvironment env) {
    return env.getLocalContext() instanceof Groups groups ? groups.groups() : List.of();
  }

  /** The summary, as a type of its own so that no other local context is mistaken for it. */
  record Groups(List<CompletenessReport.Group> groups) {}
}
