package org.origingraph.provenance.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.origingraph.provenance.Batch;
import org.origingraph.provenance.BatchKey;
import org.origingraph.provenance.Product;
import org.origingraph.provenance.Quantity;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The producer write statements. Callers run them inside one transaction; each statement is
 * parameterised, never built from input text.
 */
@Repository
public class ProductionWrites {

  /** An input of a new batch. */
  public record NewInput(BatchKey batch, @Nullable Quantity quantity) {}

  /** A batch to create with its inputs. */
  public record NewBatch(Batch batch, List<NewInput> inputs) {}

  /** Which referenced objects do not exist. */
  public record Missing(boolean product, boolean facility, Set<BatchKey> inputs) {}

  private final Neo4jClient neo4j;

  ProductionWrites(Neo4jClient neo4j) {
    this.neo4j = neo4j;
  }

  public boolean organizationExists(String gln) {
    return neo4j.query("RETURN EXISTS { (:Organization {gln: $gln}) } AS found")
        .bind(gln).to("gln").fetchAs(Boolean.class).one().orElse(false);
  }

  /** What {@link #registerProduct} did. */
  public enum Registration {
    /** The GTIN was new. */
    CREATED,
    /** The GTIN was a placeholder made by capture; it now holds the registered product. */
    COMPLETED,
    /** The GTIN belongs to a registered product; nothing was changed. */
    TAKEN
  }

  /**
   * Stores the product under its GTIN: a new node, or the placeholder capture made for the GTIN
   * ({@code source: 'EPCIS'}), whose properties are replaced and whose batches stay. A registered
   * product is left as it is.
   *
   * <p>The MERGE serialises registrations of one GTIN on the uniqueness constraint; a placeholder is first
   * locked (a property set and removed), so that its {@code source} is read only after any registration
   * of it in flight has committed, and of two registrations completing one placeholder the second is refused.
   */
  public Registration registerProduct(Product product) {
    Map<String, Object> p = new HashMap<>();
    p.put("gtin", product.gtin());
    p.put("name", product.name());
    p.put("brand", product.brand());
    p.put("group", product.group().name());
    p.put("description", product.description());
    p.put("originCountry", product.originCountry());
    p.put("images", product.images());
    p.put("standards", product.standards());
    p.put("shelfLifeDays", product.shelfLifeDays());
    p.put("ownerGln", product.ownerGln());
    return neo4j.query("""
            MERGE (product:Product {gtin: $p.gtin})
            ON CREATE SET product.source = 'REGISTRATION'
            ON MATCH SET product.locked = true
            REMOVE product.locked
            WITH product, product.source AS found
            WHERE found IN ['REGISTRATION', 'EPCIS']
            SET product = $p
            WITH product, found
            OPTIONAL MATCH (owner:Organization {gln: $p.ownerGln})
            FOREACH (_ IN CASE WHEN owner IS NULL THEN [] ELSE [1] END | MERGE (owner)-[:OWNS]->(product))
            RETURN found""")
        .bind(p).to("p")
        .fetchAs(String.class).one()
        .map(found -> found.equals("EPCIS") ? Registration.COMPLETED : Registration.CREATED)
        .orElse(Registration.TAKEN);
  }

  /** Which of the product, facility and input batches a new batch refers to do not exist. */
  public Missing findMissing(String gtin, String facilityGln, List<BatchKey> inputs) {
    List<Map<String, Object>> keys = inputs.stream()
        .map(k -> Map.<String, Object>of("gtin", k.gtin(), "lot", k.lot())).toList();
    return neo4j.query("""
            RETURN NOT EXISTS { (:Product {gtin: $gtin}) } AS product,
                   NOT EXISTS { (:Facility {gln: $gln}) } AS facility,
                   [k IN $inputs WHERE NOT EXISTS { (:Batch {gtin: k.gtin, lot: k.lot}) }] AS inputs""")
        .bindAll(Map.of("gtin", gtin, "gln", facilityGln, "inputs", keys))
        .fetchAs(Missing.class)
        .mappedBy((t, r) -> {
          Set<BatchKey> missing = new HashSet<>();
          r.get("inputs").values().forEach(v -> missing.add(new BatchKey(v.get("gtin").asString(), v.get("lot").asString())));
          return new Missing(r.get("product").asBoolean(), r.get("facility").asBoolean(), missing);
        })
        .one()
        .orElseThrow();
  }

  /**
   * Creates the batch, its OF and PRODUCED_AT relations and one MADE_FROM per input; {@code false}
   * when the batch already exists (nothing is changed then). The product, facility and inputs must exist.
   */
  public boolean createBatch(NewBatch request) {
    Batch b = request.batch();
    Map<String, Object> props = new HashMap<>();
    props.put("gtin", b.gtin());
    props.put("lot", b.lot());
    props.put("producedAt", b.producedAt());
    props.put("expiresAt", b.expiresAt());
    props.put("quantity", b.quantity() == null ? null : b.quantity().value());
    props.put("uom", b.quantity() == null ? null : b.quantity().unit());
    List<Map<String, Object>> inputs = request.inputs().stream().map(in -> {
      Map<String, Object> m = new HashMap<>();
      m.put("gtin", in.batch().gtin());
      m.put("lot", in.batch().lot());
      m.put("quantity", in.quantity() == null ? null : in.quantity().value());
      m.put("uom", in.quantity() == null ? null : in.quantity().unit());
      return m;
    }).toList();
    return neo4j.query("""
            OPTIONAL MATCH (existing:Batch {gtin: $b.gtin, lot: $b.lot})
            WITH existing WHERE existing IS NULL
            MATCH (product:Product {gtin: $b.gtin})
            MATCH (facility:Facility {gln: $facility})
            CREATE (batch:Batch)
            SET batch = $b
            CREATE (batch)-[:OF]->(product)
            CREATE (batch)-[:PRODUCED_AT {at: $b.producedAt}]->(facility)
            WITH batch
            CALL (batch) {
              UNWIND $inputs AS input
              MATCH (source:Batch {gtin: input.gtin, lot: input.lot})
              CREATE (batch)-[:MADE_FROM {quantity: input.quantity, uom: input.uom}]->(source)
            }
            RETURN count(batch) AS created""")
        .bindAll(Map.of("b", props, "facility", b.facilityGln(), "inputs", inputs))
        .fetchAs(Long.class).one().orElse(0L) == 1L;
  }
}
