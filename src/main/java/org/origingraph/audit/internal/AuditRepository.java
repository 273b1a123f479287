package org.origingraph.audit.internal;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.origingraph.audit.AuditOutcome;
import org.origingraph.audit.AuditRecord;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The trail's Cypher. {@link #append} only ever CREATEs; nothing in the application matches an
 * {@code (:AuditRecord)} to SET or DELETE it. Reads seek the {@code audit_at} index.
 */
@Repository
public class AuditRepository {

  private static final String APPEND = """
      CREATE (a:AuditRecord)
      SET a = $record""";
  private static final String WHERE = """
      MATCH (a:AuditRecord) WHERE a.at >= coalesce($since, datetime('-999999999-01-01T00:00:00Z'))
        AND ($until IS NULL OR a.at < $until) AND ($organization IS NULL OR a.organization = $organization)
      """;
  private static final String PAGE = WHERE + """
      RETURN a ORDER BY a.at, a.id SKIP $offset LIMIT $limit""";
  private static final String COUNT = WHERE + "RETURN count(a) AS total";

  /** What to read: each null filters nothing. */
  public record Filter(@Nullable String organization, @Nullable OffsetDateTime since, @Nullable OffsetDateTime until) {}

  private final Neo4jClient neo4j;

  AuditRepository(Neo4jClient neo4j) {
    this.neo4j = neo4j;
  }

  /** Adds {@code entry}; must run in a transaction. */
  public void append(AuditRecord entry) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", entry.id());
    row.put("at", entry.at());
    row.put("actor", entry.actor());
    row.put("credential", entry.credential());
    row.put("role", entry.role());
    row.put("organization", entry.organization());
    row.put("operation", entry.operation());
    row.put("identifiers", entry.identifiers());
    row.put("requestId", entry.requestId());
    row.put("outcome", entry.outcome().name());
    row.put("detail", entry.detail());
    neo4j.query(APPEND).bind(row).to("record").run();
  }

  public List<AuditRecord> page(Filter filter, int offset, int limit) {
    Map<String, Object> parameters = parameters(filter);
    parameters.put("offset", offset);
    parameters.put("limit", limit);
    return List.copyOf(neo4j.query(PAGE).bindAll(parameters).fetchAs(AuditRecord.class)
        .mappedBy((t, r) -> record(r.get("a"))).all());
  }

  public long count(Filter filter) {
    return neo4j.query(COUNT).bindAll(parameters(filter)).fetchAs(Long.class).one().orElse(0L);
  }

  private static Map<String, Object> parameters(Filter filter) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("organization", filter.organization());
    parameters.put("since", filter.since());
    parameters.put("until", filter.until());
    return parameters;
  }

  private static AuditRecord record(Value a) {
    ZonedDateTime at = a.get("at").asZonedDateTime();
    return new AuditRecord(a.get("id").asString(), at.toOffsetDateTime(), a.get("actor").asString(),
        a.get("credential").asString(), a.get("role").asString(), nullable(a.get("organization")),
        a.get("operation").asString(), a.get("identifiers").asList(Value::asString), a.get("requestId").asString(),
        AuditOutcome.valueOf(a.get("outcome").asString()), nullable(a.get("detail")));
  }

  private static @Nullable String nullable(Value value) {
    return value.isNull() ? null : value.asString();
  }
}
