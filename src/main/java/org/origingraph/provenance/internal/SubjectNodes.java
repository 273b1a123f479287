package org.origingraph.provenance.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.origingraph.api.GlobalId;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Finds the product, facility and batch nodes other modules attach their own records to (stories), so
 * that their Cypher can relate to a node by its element id without naming this module's labels
 * (decision 008).
 */
@Repository
public class SubjectNodes {

  private static final String ELEMENT_IDS = """
      UNWIND $rows AS row
      OPTIONAL MATCH (p:Product {gtin: row.key}) WHERE row.type = 'Product'
      OPTIONAL MATCH (f:Facility {gln: row.key}) WHERE row.type = 'Facility'
      OPTIONAL MATCH (b:Batch {gtin: row.gtin, lot: row.lot}) WHERE row.type = 'Batch'
      WITH row, coalesce(p, f, b) AS n WHERE n IS NOT NULL
      RETURN row.type AS type, row.key AS key, elementId(n) AS node""";

  private final Neo4jClient neo4j;

  SubjectNodes(Neo4jClient neo4j) {
    this.neo4j = neo4j;
  }

  /** See {@link org.origingraph.provenance.Catalog#elementIds}. */
  public Map<GlobalId, String> elementIds(Collection<GlobalId> ids) {
    List<Map<String, Object>> rows = ids.stream().distinct().map(SubjectNodes::row).toList();
    Map<GlobalId, String> found = new HashMap<>();
    if (rows.isEmpty()) {
      return found;
    }
    neo4j.query(ELEMENT_IDS).bind(rows).to("rows")
        .fetchAs(Object.class)
        .mappedBy((t, r) -> found.put(new GlobalId(r.get("type").asString(), r.get("key").asString()),
            r.get("node").asString()))
        .all();
    return found;
  }

  private static Map<String, Object> row(GlobalId id) {
    String key = id.key();
    int colon = key.indexOf(':');
    // A batch's key is gtin:lot; a lot may itself hold ':' but a GTIN never does.
    String gtin = colon < 0 ? key : key.substring(0, colon);
    String lot = colon < 0 ? "" : key.substring(colon + 1);
    return Map.of("type", id.type(), "key", key, "gtin", gtin, "lot", lot);
  }
}
