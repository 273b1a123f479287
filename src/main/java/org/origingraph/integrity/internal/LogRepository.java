package org.origingraph.integrity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The log's Cypher: {@code (:LogEntry {index, hash, leaf, kind, id, recordedAt, organisation})}, one per
 * leaf, and {@code (:LogState {id: 'log', size})}, the next free index. Every statement is parameterised.
 *
 * <p>An append locks the state node first (a property set and removed), reads the size under the lock
 * and writes all of its leaves in the same statement: appends of concurrent transactions take turns and
 * get consecutive indexes, and a transaction that rolls back gives its indexes back with its leaves.
 */
@Repository
public class LogRepository {

  private static final String APPEND = """
      MERGE (s:LogState {id: 'log'})
        ON CREATE SET s.size = 0
      SET s.locked = true
      REMOVE s.locked
      WITH s, s.size AS start
      SET s.size = start + size($rows)
      WITH start
      CALL (start) {
        UNWIND range(0, size($rows) - 1) AS i
        CREATE (e:LogEntry)
        SET e = $rows[i], e.index = start + i
      }
      RETURN start""";
  private static final String ENTRIES = """
      MATCH (e:LogEntry) WHERE e.index >= $start AND e.index <= $end
      RETURN e.index AS index, e.leaf AS leaf, e.kind AS kind, e.id AS id
      ORDER BY index""";
  private static final String HASHES = """
      MATCH (e:LogEntry) WHERE e.index >= $start AND e.index < $end
      RETURN e.index AS index, e.hash AS hash
      ORDER BY index""";
  private static final String SIZE = "OPTIONAL MATCH (s:LogState {id: 'log'}) RETURN coalesce(s.size, 0) AS size";
  private static final String LATEST = """
      UNWIND $keys AS k
      MATCH (e:LogEntry {id: k.id}) WHERE e.kind = k.kind
      WITH k, e ORDER BY e.index DESC
      WITH k, collect(e)[0] AS e
      RETURN k.kind AS kind, k.id AS id, e.index AS index, e.hash AS hash, e.recordedAt AS recordedAt,
             e.organisation AS organisation""";

  /** A stored leaf, without its data. */
  public record Entry(String kind, String id, long index, byte[] hash, String recordedAt, @Nullable String organisation) {}

  /** A stored leaf with its data, for {@code /log/v1/entries}. */
  public record Leaf(long index, String leaf, String kind, String id) {}

  private final Neo4jClient neo4j;

  LogRepository(Neo4jClient neo4j) {
    this.neo4j = neo4j;
  }

  /** Appends {@code rows} (the entries' properties but {@code index}); the index of the first. Must run in a transaction. */
  public long append(List<Map<String, Object>> rows) {
    return neo4j.query(APPEND).bind(rows).to("rows").fetchAs(Long.class).one().orElseThrow();
  }

  /** The committed size as the database sees it. */
  long size() {
    return neo4j.query(SIZE).fetchAs(Long.class).one().orElse(0L);
  }

  /** Feeds the hashes of entries [start, end) to {@code sink}, in index order. */
  void hashes(long start, long end, BiConsumer<Long, byte[]> sink) {
    neo4j.query(HASHES).bindAll(Map.of("start", start, "end", end)).fetch().all()
        .forEach(r -> sink.accept(((Number) r.get("index")).longValue(), (byte[]) r.get("hash")));
  }

  /** Entries {@code start} to {@code end}, both included. */
  public List<Leaf> leaves(long start, long end) {
    return neo4j.query(ENTRIES).bindAll(Map.of("start", start, "end", end)).fetch().all().stream()
        .map(r -> new Leaf(((Number) r.get("index")).longValue(), (String) r.get("leaf"), (String) r.get("kind"),
            (String) r.get("id")))
        .toList();
  }

  /** The latest entry of each (kind, id) there is one of. */
  public Map<List<String>, Entry> latest(Collection<List<String>> keys) {
    List<Map<String, Object>> rows = new ArrayList<>();
    keys.forEach(k -> rows.add(Map.of("kind", k.get(0), "id", k.get(1))));
    Map<List<String>, Entry> found = new HashMap<>();
    if (rows.isEmpty()) {
      return found;
    }
    neo4j.query(LATEST).bind(rows).to("keys").fetch().all().forEach(r -> {
      Entry entry = new Entry((String) r.get("kind"), (String) r.get("id"), ((Number) r.get("index")).longValue(),
          (byte[]) r.get("hash"), (String) r.get("recordedAt"), (String) r.get("organisation"));
      found.put(List.of(entry.kind(), entry.id()), entry);
    });
    return found;
  }
}
