package org.origingraph.verification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.origingraph.api.Connection;
import org.origingraph.api.PageRequest;
import org.origingraph.provenance.Catalog;
import org.origingraph.provenance.Organization;
import org.origingraph.provenance.Product;
import org.origingraph.provenance.ProductFilter;
import org.origingraph.provenance.ProductGroup;
import org.origingraph.provenance.StageGaps;
import org.origingraph.provenance.Watchlist;
import org.origingraph.security.Caller;
import org.origingraph.verification.internal.RecordChecks;
import org.origingraph.verification.internal.VerificationProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The regulators' completeness report against Circular 02/2024/TT-BKHCN: every product (at most
 * {@code origin.verification.max-scan}) with what it, its owner and its batches lack, in product-group
 * then GTIN order. Three statements per report whatever its size: products, their owners, their
 * batches' gaps. REGULATOR and ADMIN only. Thread-safe.
 */
@Service
public class Completeness {

  private final Catalog catalog;
  private final Watchlist watchlist;
  private final int maxScan;

  Completeness(Catalog catalog, Watchlist watchlist, VerificationProperties properties) {
    this.catalog = catalog;
    this.watchlist = watchlist;
    this.maxScan = properties.maxScan() == null ? 10_000 : properties.maxScan();
  }

  /**
   * One page of the report.
   *
   * @param organization party GLN: only products it owns; null for all
   * @throws AccessDeniedException unless {@code caller} is a REGULATOR or ADMIN
   */
  public CompletenessReport report(Caller caller, @Nullable ProductGroup group, @Nullable String organization,
      boolean incompleteOnly, PageRequest page) {
    if (!caller.seesEverything()) {
      throw new AccessDeniedException("completeness is for regulators");
    }
    List<Product> products = catalog.products(new ProductFilter(group, null, null, "vi"), new PageRequest(0, maxScan))
        .edges().stream().map(Connection.Edge::node)
        .filter(p -> organization == null || organization.equals(p.ownerGln())).toList();
    Map<String, Organization> owners = catalog.organizations(
        products.stream().map(Product::ownerGln).filter(Objects::nonNull).distinct().toList());
    Map<String, StageGaps> gaps = watchlist.stageGaps(products.stream().map(Product::gtin).toList());
    List<ProductCompleteness> rows = new ArrayList<>();
    for (Product product : products) {
      Organization owner = product.ownerGln() == null ? null : owners.get(product.ownerGln());
      List<RecordField> batchMissing = new ArrayList<>();
      StageGaps gap = gaps.get(product.gtin());
      if (gap != null && gap.withoutLocation() > 0) {
        batchMissing.add(RecordField.STAGE_LOCATION);
      }
      if (gap != null && gap.withoutTime() > 0) {
        batchMissing.add(RecordField.STAGE_TIME);
      }
      var row = new ProductCompleteness(product, owner, RecordChecks.missing(product), RecordChecks.missing(owner), batchMissing);
      if (!incompleteOnly || !row.complete()) {
        rows.add(row);
      }
    }
    rows.sort(Comparator.comparing((ProductCompleteness r) -> r.group().ordinal()).thenComparing(r -> r.product().gtin()));
    List<CompletenessReport.Group> groups = new ArrayList<>();
    for (ProductGroup g : ProductGroup.values()) {
      int count = (int) rows.stream().filter(r -> r.group() == g).count();
      int incomplete = (int) rows.stream().filter(r -> r.group() == g && !r.complete()).count();
      groups.add(new CompletenessReport.Group(g, count, incomplete));
    }
    List<ProductCompleteness> slice = rows.subList(Math.min(page.offset(), rows.size()),
        Math.min(page.offset() + page.limitWithLookahead(), rows.size()));
    Connection<ProductCompleteness> connection = Connection.of(slice, page, rows.size());
    return new CompletenessReport(connection.edges(), connection.pageInfo(), connection.totalCount(), groups);
  }
}
