package org.origingraph.provenance.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.origingraph.api.PageRequest;
import org.origingraph.provenance.Batch;
import org.origingraph.provenance.BatchInput;
import org.origingraph.provenance.BatchKey;
import org.origingraph.provenance.Certificate;
import org.origingraph.provenance.Facility;
import org.origingraph.provenance.Organization;
import org.origingraph.provenance.Product;
import org.origingraph.provenance.ProductFilter;
import org.origingraph.provenance.Quantity;
import org.origingraph.provenance.Shipment;
import org.origingraph.provenance.ShipmentItem;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of single objects and bulk reads by key. Every bulk method answers for all its keys with one
 * statement ({@code UNWIND $keys}); GraphQL's batch loaders call them once per field and level, which
 * is what keeps nested selections free of N+1 round trips.
 */
@Repository
public class CatalogRepository {

  private static final String BATCH_RETURN = "OPTIONAL MATCH (b)-[:PRODUCED_AT]->(f:Facility) RETURN b, f.gln AS facilityGln";
  private static final String FACILITY_RETURN = "OPTIONAL MATCH (o:Organization)-[:OPERATES]->(f) RETURN f, o.gln AS operatorGln";
  private static final String SHIPMENT_RETURN = """
      OPTIONAL MATCH (s)-[:FROM]->(origin:Facility)
      OPTIONAL MATCH (s)-[:TO]->(destination:Facility)
      RETURN s, origin.gln AS originGln, destination.gln AS destinationGln,
             coalesce(origin.country <> destination.country, false) AS crossBorder""";

  /** Bound on a text search's result list, which is sorted in memory by collation. */
  static final int MAX_TEXT_MATCHES = 1000;

  private final Neo4jClient neo4j;

  CatalogRepository(Neo4jClient neo4j) {
    this.neo4j = neo4j;
  }

  public Optional<Product> product(String gtin) {
    return neo4j.query("MATCH (p:Product {gtin: $gtin}) RETURN p")
        .bind(gtin).to("gtin")
        .fetchAs(Product.class).mappedBy((t, r) -> GraphMapping.product(r.get("p"))).one();
  }

  @SuppressWarnings("unchecked")
  public Page<Product> products(ProductFilter filter, PageRequest page) {
    Map<String, Object> params = new HashMap<>();
    params.put("group", filter.group() == null ? null : filter.group().name());
    params.put("country", filter.country());
    params.put("offset", page.offset());
    params.put("end", page.offset() + page.limitWithLookahead());
    return neo4j.query("""
            MATCH (p:Product)
            WHERE ($group IS NULL OR p.group = $group) AND ($country IS NULL OR p.originCountry = $country)
            WITH p ORDER BY p.gtin
            WITH collect(p) AS matching
            RETURN size(matching) AS total, matching[$offset..$end] AS rows""")
        .bindAll(params)
        .fetchAs(Page.class)
        .mappedBy((t, r) -> new Page<>(r.get("rows").asList(GraphMapping::product), r.get("total").asLong()))
        .one()
        .orElseThrow();
  }

  /** Every product matching the filter including its text terms, at most {@value #MAX_TEXT_MATCHES}, in GTIN order. */
  public List<Product> productsMatching(ProductFilter filter) {
    Map<String, Object> params = new HashMap<>();
    params.put("group", filter.group() == null ? null : filter.group().name());
    params.put("country", filter.country());
    params.put("terms", filter.textTerms() == null ? List.of() : filter.textTerms());
    params.put("limit", MAX_TEXT_MATCHES);
    return List.copyOf(neo4j.query("""
            MATCH (p:Product)
            WHERE ($group IS NULL OR p.group = $group) AND ($country IS NULL OR p.originCountry = $country)
              AND all(term IN $terms WHERE p.searchKeys CONTAINS ' ' + term)
            RETURN p ORDER BY p.gtin LIMIT $limit""")
        .bindAll(params)
        .fetchAs(Product.class).mappedBy((t, r) -> GraphMapping.product(r.get("p"))).all());
  }

  public Optional<Batch> batch(BatchKey key) {
    return neo4j.query("MATCH (b:Batch {gtin: $gtin, lot: $lot}) " + BATCH_RETURN)
        .bindAll(Map.of("gtin", key.gtin(), "lot", key.lot()))
        .fetchAs(Batch.class).mappedBy((t, r) -> GraphMapping.batch(r.get("b"), r.get("facilityGln"))).one();
  }

  public Optional<Facility> facility(String gln) {
    return neo4j.query("MATCH (f:Facility {gln: $gln}) " + FACILITY_RETURN)
        .bind(gln).to("gln")
        .fetchAs(Facility.class).mappedBy((t, r) -> GraphMapping.facility(r.get("f"), r.get("operatorGln"))).one();
  }

  public Optional<Organization> organization(String gln) {
    return neo4j.query("MATCH (o:Organization {gln: $gln}) RETURN o")
        .bind(gln).to("gln")
        .fetchAs(Organization.class).mappedBy((t, r) -> GraphMapping.organization(r.get("o"))).one();
  }

  public Optional<Shipment> shipment(String reference) {
    return neo4j.query("MATCH (s:Shipment {id: $id}) " + SHIPMENT_RETURN)
        .bind(reference).to("id")
        .fetchAs(Shipment.class).mappedBy((t, r) -> shipment(r)).one();
  }

  public Optional<Shipment> shipmentBySscc(String sscc) {
    return neo4j.query("MATCH (s:Shipment {sscc: $sscc}) " + SHIPMENT_RETURN)
        .bind(sscc).to("sscc")
        .fetchAs(Shipment.class).mappedBy((t, r) -> shipment(r)).one();
  }

  public Optional<Certificate> certificate(String uid) {
    return neo4j.query("MATCH (c:Certificate {uid: $uid}) RETURN c")
        .bind(uid).to("uid")
        .fetchAs(Certificate.class).mappedBy((t, r) -> GraphMapping.certificate(r.get("c"))).one();
  }

  /**
   * Which of {@code gtins} hold a placeholder product: one EPCIS capture made for a GTIN it met before any
   * registration ({@code source: 'EPCIS'}, which registering replaces).
   */
  public Set<String> placeholderProducts(Collection<String> gtins) {
    return Set.copyOf(neo4j.query("MATCH (p:Product) WHERE p.gtin IN $gtins AND p.source = 'EPCIS' RETURN p.gtin AS gtin")
        .bind(List.copyOf(gtins)).to("gtins").fetchAs(String.class).all());
  }

  public Map<String, Product> productsByGtin(Collection<String> gtins) {
    Map<String, Product> found = new HashMap<>();
    neo4j.query("MATCH (p:Product) WHERE p.gtin IN $gtins RETURN p")
        .bind(List.copyOf(gtins)).to("gtins")
        .fetchAs(Product.class).mappedBy((t, r) -> GraphMapping.product(r.get("p"))).all()
        .forEach(p -> found.put(p.gtin(), p));
    return found;
  }

  public Map<String, Facility> facilitiesByGln(Collection<String> glns) {
    Map<String, Facility> found = new HashMap<>();
    neo4j.query("MATCH (f:Facility) WHERE f.gln IN $glns " + FACILITY_RETURN)
        .bind(List.copyOf(glns)).to("glns")
        .fetchAs(Facility.class).mappedBy((t, r) -> GraphMapping.facility(r.get("f"), r.get("operatorGln"))).all()
        .forEach(f -> found.put(f.gln(), f));
    return found;
  }

  public Map<String, Organization> organizationsByGln(Collection<String> glns) {
    Map<String, Organization> found = new HashMap<>();
    neo4j.query("MATCH (o:Organization) WHERE o.gln IN $glns RETURN o")
        .bind(List.copyOf(glns)).to("glns")
        .fetchAs(Organization.class).mappedBy((t, r) -> GraphMapping.organization(r.get("o"))).all()
        .forEach(o -> found.put(o.gln(), o));
    return found;
  }

  public Map<BatchKey, List<BatchInput>> inputsOf(Collection<BatchKey> batches) {
    return grouped(neo4j.query("""
            UNWIND $keys AS k
            MATCH (:Batch {gtin: k.gtin, lot: k.lot})-[m:MADE_FROM]->(b:Batch)
            OPTIONAL MATCH (b)-[:PRODUCED_AT]->(f:Facility)
            RETURN k, b, f.gln AS facilityGln, m.quantity AS quantity, m.uom AS uom
            ORDER BY b.gtin, b.lot""").bind(keys(batches)).to("keys"),
        r -> key(r.get("k")),
        r -> new BatchInput(GraphMapping.batch(r.get("b"), r.get("facilityGln")), valueQuantity(r)));
  }

  public Map<BatchKey, List<Shipment>> shipmentsOf(Collection<BatchKey> batches) {
    return grouped(neo4j.query("""
            UNWIND $keys AS k
            MATCH (s:Shipment)-[:CARRIES]->(:Batch {gtin: k.gtin, lot: k.lot})
            WITH k, s ORDER BY s.departedAt, s.id
            """ + SHIPMENT_RETURN.replace("RETURN s,", "RETURN k, s,")).bind(keys(batches)).to("keys"),
        r -> key(r.get("k")),
        CatalogRepository::shipment);
  }

  public Map<String, List<ShipmentItem>> itemsOf(Collection<String> shipmentReferences) {
    return grouped(neo4j.query("""
            MATCH (s:Shipment)-[c:CARRIES]->(b:Batch) WHERE s.id IN $ids
            OPTIONAL MATCH (b)-[:PRODUCED_AT]->(f:Facility)
            RETURN s.id AS id, b, f.gln AS facilityGln, c.quantity AS quantity, c.uom AS uom
            ORDER BY b.gtin, b.lot""").bind(List.copyOf(shipmentReferences)).to("ids"),
        r -> r.get("id").asString(),
        r -> new ShipmentItem(GraphMapping.batch(r.get("b"), r.get("facilityGln")), valueQuantity(r)));
  }

  public Map<BatchKey, List<Certificate>> certificatesOfBatches(Collection<BatchKey> batches) {
    return grouped(neo4j.query("""
            UNWIND $keys AS k
            MATCH (c:Certificate)-[:CERTIFIES]->(:Batch {gtin: k.gtin, lot: k.lot})
            RETURN k, c ORDER BY c.scheme, c.number""").bind(keys(batches)).to("keys"),
        r -> key(r.get("k")),
        r -> GraphMapping.certificate(r.get("c")));
  }

  public Map<String, List<Certificate>> certificatesOfFacilities(Collection<String> glns) {
    return certificatesByGln("MATCH (c:Certificate)-[:CERTIFIES]->(s:Facility) WHERE s.gln IN $glns", glns);
  }

  public Map<String, List<Certificate>> certificatesOfOrganizations(Collection<String> glns) {
    return certificatesByGln("MATCH (c:Certificate)-[:CERTIFIES]->(s:Organization) WHERE s.gln IN $glns", glns);
  }

  private Map<String, List<Certificate>> certificatesByGln(String match, Collection<String> glns) {
    return grouped(neo4j.query(match + " RETURN s.gln AS gln, c ORDER BY c.scheme, c.number")
            .bind(List.copyOf(glns)).to("glns"),
        r -> r.get("gln").asString(),
        r -> GraphMapping.certificate(r.get("c")));
  }

  public Map<String, List<Facility>> facilitiesOperatedBy(Collection<String> organizationGlns) {
    return grouped(neo4j.query("""
            MATCH (o:Organization)-[:OPERATES]->(f:Facility) WHERE o.gln IN $glns
            RETURN f, o.gln AS operatorGln ORDER BY f.name""").bind(List.copyOf(organizationGlns)).to("glns"),
        r -> r.get("operatorGln").asString(),
        r -> GraphMapping.facility(r.get("f"), r.get("operatorGln")));
  }

  /** Keys of the batches carried by shipments that arrive at one of {@code facilityGlns}. */
  public List<BatchKey> batchesShippedTo(Collection<String> facilityGlns) {
    return List.copyOf(neo4j.query("""
            MATCH (s:Shipment)-[:TO]->(f:Facility) WHERE f.gln IN $glns
            MATCH (s)-[:CARRIES]->(b:Batch)
            RETURN DISTINCT b.gtin AS gtin, b.lot AS lot ORDER BY gtin, lot""")
        .bind(List.copyOf(facilityGlns)).to("glns")
        .fetchAs(BatchKey.class).mappedBy((t, r) -> new BatchKey(r.get("gtin").asString(), r.get("lot").asString()))
        .all());
  }

  /** Runs a bulk query and groups its rows by key, keeping the query's order within each group. */
  @SuppressWarnings("unchecked")
  private static <K, V> Map<K, List<V>> grouped(
      Neo4jClient.RunnableSpec query, Function<Record, K> key, Function<Record, V> value) {
    return query.fetchAs(Map.Entry.class)
        .mappedBy((types, r) -> Map.entry(key.apply(r), value.apply(r)))
        .all().stream()
        .map(entry -> (Map.Entry<K, V>) entry)
        .collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
            Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  /**
   * Pages of batches for many products at once. Cypher's SKIP and LIMIT cannot depend on a row, so
   * each product's batches are collected in order and sliced.
   */
  public Map<ProductBatchesKey, Page<Batch>> batchesOfProducts(Collection<ProductBatchesKey> requests) {
    List<Map<String, Object>> keys = requests.stream()
        .map(k -> Map.<String, Object>of("gtin", k.gtin(), "offset", k.page().offset(),
            "end", k.page().offset() + k.page().limitWithLookahead()))
        .toList();
    Map<String, Page<Batch>> byGtinAndPage = new HashMap<>();
    neo4j.query("""
            UNWIND $keys AS k
            CALL (k) {
              MATCH (b:Batch {gtin: k.gtin})
              OPTIONAL MATCH (b)-[:PRODUCED_AT]->(f:Facility)
              WITH b, f ORDER BY b.producedAt DESC, b.lot
              RETURN collect({b: b, facilityGln: f.gln}) AS ordered
            }
            RETURN k, size(ordered) AS total, ordered[k.offset..k.end] AS rows""")
        .bind(keys).to("keys")
        .fetchAs(Object.class)
        .mappedBy((t, r) -> {
          Value k = r.get("k");
          List<Batch> rows = r.get("rows").asList(v -> GraphMapping.batch(v.get("b"), v.get("facilityGln")));
          byGtinAndPage.put(k.get("gtin").asString() + '@' + k.get("offset").asInt() + '@' + k.get("end").asInt(),
              new Page<>(rows, r.get("total").asLong()));
          return r;
        })
        .all();
    Map<ProductBatchesKey, Page<Batch>> found = new HashMap<>();
    for (ProductBatchesKey request : requests) {
      String id = request.gtin() + '@' + request.page().offset() + '@'
          + (request.page().offset() + request.page().limitWithLookahead());
      found.put(request, byGtinAndPage.getOrDefault(id, new Page<>(List.of(), 0)));
    }
    return found;
  }

  private static @Nullable Quantity valueQuantity(Record r) {
    return GraphMapping.quantity(r.get("quantity"), r.get("uom"));
  }

  private static Shipment shipment(Record r) {
    return GraphMapping.shipment(r.get("s"), r.get("originGln"), r.get("destinationGln"), r.get("crossBorder"));
  }

  private static List<Map<String, Object>> keys(Collection<BatchKey> batches) {
    return batches.stream().map(b -> Map.<String, Object>of("gtin", b.gtin(), "lot", b.lot())).toList();
  }

  private static BatchKey key(Value k) {
    return new BatchKey(k.get("gtin").asString(), k.get("lot").asString());
  }
}
