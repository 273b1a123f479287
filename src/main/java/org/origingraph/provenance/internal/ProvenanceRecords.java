package org.origingraph.provenance.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.origingraph.integrity.Accepted;
import org.origingraph.integrity.RecordSource;
import org.origingraph.provenance.BatchKey;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Products and batches as the integrity log sees them: what a producer's mutation (or the demo data)
 * stored, read back from the nodes. The same reading makes the leaf when the record is accepted and
 * re-reads it when {@code Batch.integrity} checks it, so that only a change to the stored values
 * changes the leaf. A batch's record is its own properties; the relations capture adds to it later are
 * covered by the leaves of their events. Placeholders made by capture ({@code source: 'EPCIS'}) are
 * not logged themselves.
 */
@Component
public class ProvenanceRecords implements RecordSource {

  private static final String PRODUCT = "{.gtin, .name, .brand, .group, .description, .originCountry, .images,"
      + " .standards, .shelfLifeDays, .ownerGln}";
  private static final String BATCH = "{.gtin, .lot, .producedAt, .expiresAt, .quantity, .uom}";
  private static final String PRODUCTS = """
      UNWIND $gtins AS gtin
      MATCH (p:Product {gtin: gtin})
      RETURN gtin, p""" + PRODUCT + " AS product";
  private static final String BATCHES = """
      UNWIND $keys AS k
      MATCH (b:Batch {gtin: k.gtin, lot: k.lot})
      RETURN b""" + BATCH + " AS batch";
  private static final String ABOUT = """
      UNWIND $nodes AS node
      MATCH (b:Batch) WHERE elementId(b) = node
      OPTIONAL MATCH (p:Product {gtin: b.gtin})
      RETURN b""" + BATCH + """
       AS batch, coalesce(b.source, '') = 'EPCIS' AS batchPlaceholder, b.gtin AS gtin, p""" + PRODUCT + """
       AS product, coalesce(p.source, '') = 'EPCIS' AS productPlaceholder
      LIMIT $limit""";

  private final Neo4jClient neo4j;

  ProvenanceRecords(Neo4jClient neo4j) {
    this.neo4j = neo4j;
  }

  /** The records of the products {@code gtins}, as stored now. */
  public List<Accepted> products(Collection<String> gtins) {
    return neo4j.query(PRODUCTS).bind(List.copyOf(gtins)).to("gtins").fetch().all().stream()
        .map(r -> new Accepted(Accepted.PRODUCT, (String) r.get("gtin"), content(r.get("product"))))
        .toList();
  }

  /** The records of the batches {@code keys}, as stored now. */
  public List<Accepted> batches(Collection<BatchKey> keys) {
    List<Map<String, Object>> rows = keys.stream().map(k -> Map.<String, Object>of("gtin", k.gtin(), "lot", k.lot())).toList();
    return neo4j.query(BATCHES).bind(rows).to("keys").fetch().all().stream()
        .map(r -> {
          Map<String, Object> batch = content(r.get("batch"));
          return new Accepted(Accepted.BATCH, batch.get("gtin") + ":" + batch.get("lot"), batch);
        })
        .toList();
  }

  @Override
  public List<Stored> recordsAbout(List<Batch> batches, int limit) {
    List<Stored> stored = new ArrayList<>();
    neo4j.query(ABOUT).bindAll(Map.of("nodes", batches.stream().map(Batch::node).toList(), "limit", limit))
        .fetch().all().forEach(r -> {
          Map<String, Object> batch = content(r.get("batch"));
          stored.add(new Stored(Accepted.BATCH, batch.get("gtin") + ":" + batch.get("lot"), batch, true,
              !(Boolean) r.get("batchPlaceholder")));
          Object product = r.get("product");
          stored.add(new Stored(Accepted.PRODUCT, (String) r.get("gtin"), product == null ? null : content(product),
              product != null, product != null && !(Boolean) r.get("productPlaceholder")));
        });
    return stored;
  }

  /** A node's projected properties without the absent ones. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> content(@Nullable Object projection) {
    Map<String, Object> content = new HashMap<>();
    ((Map<String, @Nullable Object>) java.util.Objects.requireNonNull(projection)).forEach((k, v) -> {
      if (v != null) {
        content.put(k, v);
      }
    });
    return content;
  }
}
