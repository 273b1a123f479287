package org.origingraph.verification;

import java.util.List;

import org.origingraph.api.Connection;
import org.origingraph.provenance.ProductGroup;

/**
 * One page of the completeness report and the per-group summary over everything the filter covers.
 * Immutable.
 */
public record CompletenessReport(
    List<Connection.Edge<ProductCompleteness>> edges, Connection.PageInfo pageInfo, long totalCount,
    List<Group> groups) {

  public CompletenessReport {
    edges = List.copyOf(edges);
    groups = List.copyOf(groups);
  }

  /**
   * One product group's summary.
   *
   * @param products products of the group the filter covers
   * @param incomplete of those, products with a missing field
   */
  public record Group(ProductGroup group, int products, int incomplete) {}
}
