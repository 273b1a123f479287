package org.origingraph.provenance.internal;

import java.util.Map;
import java.util.Optional;

import org.origingraph.provenance.BatchKey;
import org.origingraph.provenance.Provenance;
import org.origingraph.provenance.TraceDirection;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The provenance walk: one Cypher statement, so one round trip, whatever the chain's length.
 *
 * <p>Reachability uses {@code ANY SHORTEST} over a quantified path: a breadth-first search that
 * visits each batch once, so merges (diamonds) do not multiply the work the way enumerating every
 * path would, and a cycle in bad data ends the search rather than looping. The quantifier's upper
 * bound must be a literal in Cypher; it is the largest {@code maxDepth} allowed, and the requested
 * depth is applied as a filter on the path length.
 */
@Repository
public class ProvenanceQuery {

  /** Largest {@code maxDepth}; equal to the quantifier bound written in {@link #TRACE}. */
  public static final int MAX_DEPTH = 50;

  private static final String TRACE = """
      MATCH (root:Batch {gtin: $gtin, lot: $lot})
      CALL (root) {
        OPTIONAL MATCH p = ANY SHORTEST (root)-[:MADE_FROM]->{1,50}(b:Batch)
        WITH p, b WHERE $upstream AND p IS NOT NULL AND b <> root AND length(p) <= $maxDepth
        RETURN collect({batch: b, more: length(p) = $maxDepth AND EXISTS { (b)-[:MADE_FROM]->(:Batch) }}) AS up
      }
      CALL (root) {
        OPTIONAL MATCH p = ANY SHORTEST (root)<-[:MADE_FROM]-{1,50}(b:Batch)
        WITH p, b WHERE $downstream AND p IS NOT NULL AND b <> root AND length(p) <= $maxDepth
        RETURN collect({batch: b, more: length(p) = $maxDepth AND EXISTS { (b)<-[:MADE_FROM]-(:Batch) }}) AS down
      }
      WITH root, up + down AS reached
      WITH root, any(x IN reached WHERE x.more) AS truncated, [root] + [x IN reached | x.batch] AS walked
      UNWIND walked AS walkedBatch
      WITH root, truncated, collect(DISTINCT walkedBatch) AS batches
      CALL (batches) {
        UNWIND batches AS b
        MATCH (b)-[m:MADE_FROM]->(i:Batch) WHERE i IN batches
        RETURN collect({fromGtin: b.gtin, fromLot: b.lot, toGtin: i.gtin, toLot: i.lot,
                        quantity: m.quantity, uom: m.uom}) AS madeFrom
      }
      CALL (batches) {
        UNWIND batches AS b
        OPTIONAL MATCH (b)-[:OF]->(p:Product)
        OPTIONAL MATCH (b)-[pa:PRODUCED_AT]->(f:Facility)
        RETURN collect(DISTINCT p) AS products,
               collect({batch: b, facility: f, at: pa.at}) AS producedAt
      }
      CALL (batches) {
        UNWIND batches AS b
        MATCH (s:Shipment)-[c:CARRIES]->(b)
        OPTIONAL MATCH (s)-[:FROM]->(origin:Facility)
        OPTIONAL MATCH (s)-[:TO]->(destination:Facility)
        RETURN collect({shipment: s, gtin: b.gtin, lot: b.lot, quantity: c.quantity, uom: c.uom,
                        origin: origin, destination: destination}) AS carried
      }
      WITH root, truncated, batches, madeFrom, products, producedAt, carried,
           [x IN producedAt WHERE x.facility IS NOT NULL | x.facility]
             + [x IN carried WHERE x.origin IS NOT NULL | x.origin]
             + [x IN carried WHERE x.destination IS NOT NULL | x.destination] AS touched
      CALL (touched) {
        UNWIND touched AS f
        WITH DISTINCT f
        OPTIONAL MATCH (o:Organization)-[:OPERATES]->(f)
        RETURN collect({facility: f, operator: o}) AS facilities
      }
      WITH root, truncated, batches, madeFrom, products, producedAt, carried, facilities,
           [x IN facilities WHERE x.operator IS NOT NULL | x.operator] AS operators
      CALL (batches, facilities, operators) {
        UNWIND batches + [x IN facilities | x.facility] + operators AS subject
        WITH DISTINCT subject
        MATCH (c:Certificate)-[:CERTIFIES]->(subject)
        RETURN collect({certificate: c, subject: subject,
                        subjectType: head(labels(subject)),
                        subjectKey: coalesce(subject.gln, subject.gtin + ':' + subject.lot)}) AS certified
      }
      RETURN root, truncated, madeFrom, products, producedAt, carried, facilities, certified
      """;

  private final Neo4jClient neo4j;

  ProvenanceQuery(Neo4jClient neo4j) {
    this.neo4j = neo4j;
  }

  /** Walks from {@code root}; empty when the batch does not exist. */
  public Optional<Provenance> trace(BatchKey root, TraceDirection direction, int maxDepth) {
    return neo4j
        .query(TRACE)
        .bindAll(Map.of(
            "gtin", root.gtin(),
            "lot", root.lot(),
            "upstream", direction != TraceDirection.DOWNSTREAM,
            "downstream", direction != TraceDirection.UPSTREAM,
            "maxDepth", maxDepth))
        .fetchAs(TraceRows.class)
        .mappedBy((types, record) -> new TraceRows(record))
        .one()
        .map(rows -> ProvenanceAssembler.assemble(rows, direction, maxDepth));
  }
}
