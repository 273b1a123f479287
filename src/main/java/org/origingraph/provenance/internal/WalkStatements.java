package org.origingraph.provenance.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiFunction;

import org.origingraph.provenance.TraceDirection;

/**
 * The Cypher texts of the provenance walk: one per direction and depth, for the full answer, the
 * count-only overview and the keys-only walk.
 *
 * <p>The walk is {@code MATCH (root)-[:MADE_FROM*1..d]->(b) WITH DISTINCT b LIMIT $limit}, which
 * Neo4j plans as {@code VarLengthExpand(Pruning,BFS)}: a breadth-first search that visits every
 * batch and relationship once, so its cost is linear in the reachable subgraph whatever its shape
 * (diamonds, shared inputs, cycles in bad data), where a path search ({@code ANY SHORTEST} over a
 * quantified path, planned as {@code StatefulShortestPath(All, Trail)}) enumerates paths and grows
 * exponentially with shared inputs. The depth {@code d} bounds the search itself; Cypher takes it
 * only as a literal, so every allowed depth has its own text, built here from a validated integer
 * and never from user text. {@code LIMIT} stops the lazy search once the node budget is reached,
 * keeping the nearest batches.
 *
 * <p>Besides the batches, each text returns the MADE_FROM relationships leaving them in the walk's
 * direction (by element id), so that Java can tell the longest chain and whether anything lay
 * beyond the walk without a second statement.
 */
final class WalkStatements {

  /** Largest depth a text exists for. */
  static final int MAX_DEPTH = 50;

  private static final String ROOT = "MATCH (root:Batch {gtin: $gtin, lot: $lot})\n";

  private static final String UP = """
      CALL (root) {
        MATCH (root)-[:MADE_FROM*1..%d]->(b:Batch)
        WITH DISTINCT b LIMIT $limit
        RETURN collect(b) AS up
      }
      """;

  private static final String DOWN = """
      CALL (root) {
        MATCH (root)<-[:MADE_FROM*1..%d]-(b:Batch)
        WITH DISTINCT b LIMIT $limit
        RETURN collect(b) AS down
      }
      """;

  /** Out-edges of the upstream walk (and of the downstream part in BOTH, for the edges between the two). */
  private static final String OUT_EDGES = """
      CALL (root, up, down) {
        UNWIND [root] + up + %s AS b
        WITH DISTINCT b
        MATCH (b)-[m:MADE_FROM]->(i:Batch)
        RETURN collect([elementId(b), elementId(i), m.quantity, m.uom]) AS outEdges
      }
      """;

  private static final String IN_EDGES = """
      CALL (root, down) {
        UNWIND [root] + down AS b
        WITH DISTINCT b
        MATCH (x:Batch)-[m:MADE_FROM]->(b)
        RETURN collect([elementId(x), elementId(b), m.quantity, m.uom]) AS inEdges
      }
      """;

  private static final String SHIPMENT_ENDS = """
      CALL (ships) {
        UNWIND ships AS s
        OPTIONAL MATCH (s)-[:FROM]->(o:Facility)
        OPTIONAL MATCH (s)-[:TO]->(t:Facility)
        RETURN collect({shipment: s, origin: o.gln, destination: t.gln}) AS shipments,
               collect(DISTINCT o) + collect(DISTINCT t) AS ends
      }
      """;

  private static final String CERTIFIED_SUBJECTS = """
        UNWIND [root] + up + down + produced + ends + operators AS subject
        WITH DISTINCT subject
        MATCH (c:Certificate)-[:CERTIFIES]->(subject)
      """;

  private static final String FULL = """
      CALL (root, up, down) {
        UNWIND [root] + up + down AS b
        WITH DISTINCT b
        OPTIONAL MATCH (b)-[pa:PRODUCED_AT]->(f:Facility)
        OPTIONAL MATCH (b)-[:OF]->(p:Product)
        WITH b, f, pa, p
        RETURN collect({batch: b, facility: f.gln, at: pa.at, product: p.gtin}) AS batches,
               collect(DISTINCT f) AS produced, collect(DISTINCT p) AS productNodes
      }
      CALL (root, up, down) {
        UNWIND [root] + up + down AS b
        WITH DISTINCT b
        MATCH (s:Shipment)-[c:CARRIES]->(b)
        RETURN collect([elementId(s), elementId(b), c.quantity, c.uom]) AS carried, collect(DISTINCT s) AS ships
      }
      %s
      CALL (produced, ends) {
        UNWIND produced + ends AS f
        WITH DISTINCT f
        OPTIONAL MATCH (o:Organization)-[:OPERATES]->(f)
        RETURN collect({facility: f, operator: o.gln}) AS facilities, collect(DISTINCT o) AS operators
      }
      CALL (root, up, down, produced, ends, operators) {
      %s
        RETURN collect({certificate: c,
                        kind: CASE WHEN subject:Batch THEN 'Batch' WHEN subject:Facility THEN 'Facility' ELSE 'Organization' END,
                        subject: CASE WHEN subject:Batch THEN elementId(subject) ELSE subject.gln END}) AS certified
      }
      RETURN root, [x IN up | elementId(x)] AS up, [x IN down | elementId(x)] AS down, outEdges, inEdges,
             batches,
             [p IN productNodes | p {.gtin, .name, .brand, .group, .description, .originCountry, .images, .standards,
                                     .shelfLifeDays, .netContentValue, .netContentUnit, .ownerGln}] AS products,
             carried, shipments, facilities, operators, certified
      """;

  private static final String OVERVIEW = """
      CALL (root, up, down) {
        UNWIND [root] + up + down AS b
        WITH DISTINCT b
        OPTIONAL MATCH (b)-[:PRODUCED_AT]->(f:Facility)
        OPTIONAL MATCH (b)-[:OF]->(p:Product)
        RETURN count(DISTINCT p) AS products, collect(DISTINCT f) AS produced
      }
      CALL (root, up, down) {
        UNWIND [root] + up + down AS b
        WITH DISTINCT b
        MATCH (s:Shipment)-[:CARRIES]->(b)
        RETURN collect(DISTINCT s) AS ships
      }
      %s
      CALL (produced, ends) {
        UNWIND produced + ends AS f
        WITH DISTINCT f
        OPTIONAL MATCH (o:Organization)-[:OPERATES]->(f)
        RETURN count(DISTINCT f) AS facilities, collect(DISTINCT f.country) AS countries, collect(DISTINCT o) AS operators
      }
      CALL (root, up, down, produced, ends, operators) {
      %s
        RETURN count(DISTINCT c) AS certificates
      }
      RETURN root, [(root)-[:PRODUCED_AT]->(f:Facility) | f.gln][0] AS rootFacility,
             [x IN up | elementId(x)] AS up, [x IN down | elementId(x)] AS down, outEdges, inEdges,
             products, size(ships) AS shipments, facilities, countries, size(operators) AS organizations, certificates
      """;

  private static final String KEYS = """
      RETURN [b IN [root] + up + down | [b.gtin, b.lot]] AS keys
      """;

  private static final Map<TraceDirection, String[]> FULL_TEXTS = texts((direction, depth) ->
      walk(direction, depth) + edges(direction) + FULL.formatted(SHIPMENT_ENDS, CERTIFIED_SUBJECTS));
  private static final Map<TraceDirection, String[]> OVERVIEW_TEXTS = texts((direction, depth) ->
      walk(direction, depth) + edges(direction) + OVERVIEW.formatted(SHIPMENT_ENDS, CERTIFIED_SUBJECTS));
  private static final Map<TraceDirection, String[]> KEY_TEXTS = texts((direction, depth) ->
      walk(direction, depth) + KEYS);

  private WalkStatements() {}

  /** Everything on the walk, for the full answer. */
  static String full(TraceDirection direction, int depth) {
    return FULL_TEXTS.get(direction)[checked(depth)];
  }

  /** Counts only: no node leaves the database. */
  static String overview(TraceDirection direction, int depth) {
    return OVERVIEW_TEXTS.get(direction)[checked(depth)];
  }

  /** The keys of the walked batches, the root first. */
  static String keys(TraceDirection direction, int depth) {
    return KEY_TEXTS.get(direction)[checked(depth)];
  }

  private static int checked(int depth) {
    if (depth < 1 || depth > MAX_DEPTH) {
      throw new IllegalArgumentException("depth must be between 1 and " + MAX_DEPTH);
    }
    return depth;
  }

  private static String walk(TraceDirection direction, int depth) {
    return ROOT
        + (direction == TraceDirection.DOWNSTREAM ? "WITH root, [] AS up\n" : UP.formatted(depth))
        + (direction == TraceDirection.UPSTREAM ? "WITH root, up, [] AS down\n" : DOWN.formatted(depth));
  }

  private static String edges(TraceDirection direction) {
    return switch (direction) {
      case UPSTREAM -> OUT_EDGES.formatted("[]") + "WITH *, [] AS inEdges\n";
      case DOWNSTREAM -> "WITH *, [] AS outEdges\n" + IN_EDGES;
      case BOTH -> OUT_EDGES.formatted("down") + IN_EDGES;
    };
  }

  private static Map<TraceDirection, String[]> texts(BiFunction<TraceDirection, Integer, String> text) {
    Map<TraceDirection, String[]> texts = new EnumMap<>(TraceDirection.class);
    for (TraceDirection direction : TraceDirection.values()) {
      String[] byDepth = new String[MAX_DEPTH + 1];
      for (int depth = 1; depth <= MAX_DEPTH; depth++) {
        byDepth[depth] = text.apply(direction, depth);
      }
      texts.put(direction, byDepth);
    }
    return texts;
  }
}
