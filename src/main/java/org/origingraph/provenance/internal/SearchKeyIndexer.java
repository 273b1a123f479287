package org.origingraph.provenance.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.origingraph.i18n.SearchKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Stores on each product the ASCII search key of its name, brand, description and the regions it is
 * made in ({@code p.searchKeys}), so that "ben tre" finds Bến Tre and "dua" finds dừa with a plain
 * {@code CONTAINS} in Cypher. Keys are computed in Java because Cypher has no transliteration.
 *
 * <p>At start-up, after the demo data, products without a key get one; producers' writes re-key the
 * product they touch, and capture gives each placeholder product it creates the key of its name. The key starts with a space so that a term matches at word starts only.
 */
@Component
@Order(150)
public class SearchKeyIndexer implements ApplicationRunner {

  private final Neo4jClient neo4j;

  SearchKeyIndexer(Neo4jClient neo4j) {
    this.neo4j = neo4j;
  }

  @Override
  public void run(ApplicationArguments args) {
    index(null);
  }

  /** (Re)computes the keys of the products with {@code gtins}, or of every product without a key when {@code null}. */
  public void index(@Nullable Collection<String> gtins) {
    List<Map<String, Object>> rows = neo4j.query("""
            MATCH (p:Product) WHERE ($gtins IS NULL AND p.searchKeys IS NULL) OR p.gtin IN coalesce($gtins, [])
            CALL (p) {
              OPTIONAL MATCH (p)<-[:OF]-(:Batch)-[:PRODUCED_AT]->(f:Facility)
              RETURN collect(DISTINCT f.region) AS regions
            }
            RETURN p.gtin AS gtin, [p.name, p.brand, p.description] + regions AS texts""")
        .bind(gtins == null ? null : List.copyOf(gtins)).to("gtins")
        .fetchAs(Row.class)
        .mappedBy((t, r) -> new Row(r.get("gtin").asString(), key(r.get("texts").asList(v -> v.isNull() ? null : v.asString()))))
        .all().stream().map(Row::asMap).toList();
    if (!rows.isEmpty()) {
      neo4j.query("UNWIND $rows AS row MATCH (p:Product {gtin: row.gtin}) SET p.searchKeys = row.keys")
          .bind(rows).to("rows").run();
    }
  }

  /** The stored key of a product's {@code texts}: their search keys, with a space before and after. */
  static String key(List<@Nullable String> texts) {
    return " " + SearchKeys.of(texts) + " ";
  }

  private record Row(String gtin, String keys) {
    Map<String, Object> asMap() {
      return Map.of("gtin", gtin, "keys", keys);
    }
  }
}
