package org.origingraph.provenance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.origingraph.api.Connection;
import org.origingraph.api.GlobalId;
import org.origingraph.api.PageRequest;
import org.origingraph.i18n.Collation;
import org.origingraph.provenance.internal.CatalogRepository;
import org.origingraph.provenance.internal.Page;
import org.origingraph.provenance.internal.SubjectNodes;
import org.springframework.stereotype.Service;

/**
 * Reads of the traceability graph by identifier. Arguments are already-validated canonical keys
 * (GTIN-14, GLN); callers parse user input with the {@code gs1} value types first.
 *
 * <p>Thread-safe; each call is one database round trip.
 */
@Service
public class Catalog {

  private final CatalogRepository repository;
  private final SubjectNodes subjects;

  Catalog(CatalogRepository repository, SubjectNodes subjects) {
    this.repository = repository;
    this.subjects = subjects;
  }

  /**
   * The database element ids of the products, facilities and batches named by {@code ids} (keys as in
   * their global ids: GTIN-14, GLN, {@code gtin:lot}), for modules that attach records of their own to
   * them; ids of other types and of nodes that do not exist are absent from the answer. An element id
   * is meaningful within the caller's transaction (the graph never deletes these nodes).
   */
  public Map<GlobalId, String> elementIds(Collection<GlobalId> ids) {
    return subjects.elementIds(ids);
  }

  /** The product with GTIN-14 {@code gtin}. */
  public Optional<Product> product(String gtin) {
    return repository.product(gtin);
  }

  /**
   * Which of the products with {@code gtins} are placeholders: made by EPCIS capture for a GTIN nobody
   * had registered, named "GTIN …", until {@link ProductionLog#registerProduct} completes them.
   */
  public Set<String> placeholders(Collection<String> gtins) {
    return gtins.isEmpty() ? Set.of() : repository.placeholderProducts(gtins);
  }

  /** The batch {@code key}. */
  public Optional<Batch> batch(BatchKey key) {
    return repository.batch(key);
  }

  /** The facility with {@code gln}. */
  public Optional<Facility> facility(String gln) {
    return repository.facility(gln);
  }

  /** The shipment whose logistic unit has 18-digit {@code sscc}; the key a pallet's label carries. */
  public Optional<Shipment> shipmentBySscc(String sscc) {
    return repository.shipmentBySscc(sscc);
  }

  /** The organization with party GLN {@code gln}. */
  public Optional<Organization> organization(String gln) {
    return repository.organization(gln);
  }

  /** The organizations with party GLNs {@code glns} that exist, by GLN; one round trip. */
  public Map<String, Organization> organizations(Collection<String> glns) {
    return glns.isEmpty() ? Map.of() : repository.organizationsByGln(glns);
  }

  /** The facilities the organization with party GLN {@code organizationGln} operates, by name. */
  public List<Facility> facilitiesOperatedBy(String organizationGln) {
    return repository.facilitiesOperatedBy(List.of(organizationGln)).getOrDefault(organizationGln, List.of());
  }

  /**
   * The batches that shipments brought to any of {@code facilityGlns}: what an importer received, and
   * so must be able to answer for.
   */
  public List<BatchKey> batchesShippedTo(Collection<String> facilityGlns) {
    return facilityGlns.isEmpty() ? List.of() : repository.batchesShippedTo(facilityGlns);
  }

  /**
   * One page of products in GTIN order; with text terms, in the filter's collation order by name,
   * since a reader scanning search results reads names, not GTINs.
   */
  public Connection<Product> products(ProductFilter filter, PageRequest page) {
    if (filter.textTerms() != null) {
      List<Product> all = new ArrayList<>(repository.productsMatching(filter));
      Comparator<String> collation = Collation.of(filter.collation());
      all.sort(Comparator.comparing(Product::name, collation).thenComparing(Product::gtin));
      List<Product> rows = all.subList(Math.min(page.offset(), all.size()), Math.min(page.offset() + page.limitWithLookahead(), all.size()));
      return Connection.of(rows, page, all.size());
    }
    Page<Product> rows = repository.products(filter, page);
    return Connection.of(rows.rows(), page, rows.total());
  }

  /**
   * The object a Relay global id names, or empty when there is none. An id of a type this module
   * does not own is empty too, so that other modules can answer it.
   */
  public Optional<GraphNode> node(GlobalId id) {
    return switch (id.type()) {
      case "Product" -> repository.product(id.key()).map(GraphNode.class::cast);
      case "Batch" -> batchKey(id.key()).flatMap(repository::batch).map(GraphNode.class::cast);
      case "Facility" -> repository.facility(id.key()).map(GraphNode.class::cast);
      case "Organization" -> repository.organization(id.key()).map(GraphNode.class::cast);
      case "Shipment" -> repository.shipment(id.key()).map(GraphNode.class::cast);
      case "Certificate" -> repository.certificate(id.key()).map(GraphNode.class::cast);
      default -> Optional.empty();
    };
  }

  private static Optional<BatchKey> batchKey(String key) {
    int colon = key.indexOf(':');
    return colon < 0 ? Optional.empty() : Optional.of(new BatchKey(key.substring(0, colon), key.substring(colon + 1)));
  }
}
