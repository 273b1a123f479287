package org.origingraph.provenance.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Who operates facilities and owns products, for deciding what a caller may write. One statement per
 * call whatever the number of keys; every lookup an index seek on a unique key.
 */
@Repository
public class OwnershipRepository {

  private static final String OPERATORS = """
      UNWIND $glns AS gln
      MATCH (f:Facility {gln: gln})
      OPTIONAL MATCH (o:Organization)-[:OPERATES]->(f)
      RETURN gln, o.gln AS owner""";
  private static final String OWNERS = """
      UNWIND $gtins AS gtin
      MATCH (p:Product {gtin: gtin})
      OPTIONAL MATCH (o:Organization)-[:OWNS]->(p)
      RETURN gtin, coalesce(o.gln, p.ownerGln) AS owner""";

  private static final String OPERATED = """
      MATCH (o:Organization {gln: $organization})-[:OPERATES]->(f:Facility)
      RETURN f.gln AS gln""";
  private static final String OTHERS_WITH_PREFIX = """
      MATCH (f:Facility) WHERE f.gln STARTS WITH $prefix
      MATCH (o:Organization)-[:OPERATES]->(f) WHERE o.gln <> $organization
      RETURN f.gln AS gln""";

  private final Neo4jClient neo4j;

  OwnershipRepository(Neo4jClient neo4j) {
    this.neo4j = neo4j;
  }

  /** For each of {@code glns} that is a facility, its operator's GLN ({@code Optional.empty()} for none). */
  public Map<String, Optional<String>> operators(Collection<String> glns) {
    return owners(OPERATORS, "glns", "gln", glns);
  }

  /** For each of {@code gtins} that is a product, its owner's GLN ({@code Optional.empty()} for none). */
  public Map<String, Optional<String>> productOwners(Collection<String> gtins) {
    return owners(OWNERS, "gtins", "gtin", gtins);
  }

  /** GLNs of the facilities {@code organization} operates. */
  public List<String> operatedBy(String organization) {
    return List.copyOf(neo4j.query(OPERATED).bind(organization).to("organization").fetchAs(String.class).all());
  }

  /** GLNs starting with {@code prefix} of facilities operated by an organisation other than {@code organization}. */
  public List<String> othersWithPrefix(String organization, String prefix) {
    return List.copyOf(neo4j.query(OTHERS_WITH_PREFIX).bind(organization).to("organization").bind(prefix).to("prefix")
        .fetchAs(String.class).all());
  }

  private Map<String, Optional<String>> owners(String statement, String parameter, String key, Collection<String> keys) {
    Map<String, Optional<String>> found = new HashMap<>();
    if (keys.isEmpty()) {
      return found;
    }
    neo4j.query(statement).bind(List.copyOf(keys)).to(parameter).fetch().all()
        .forEach(r -> found.put((String) r.get(key), Optional.ofNullable((String) r.get("owner"))));
    return found;
  }
}
