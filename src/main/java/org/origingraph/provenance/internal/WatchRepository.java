package org.origingraph.provenance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.TreeSet;

import org.origingraph.provenance.ExpiringCertificate;
import org.origingraph.provenance.GraphNode;
import org.origingraph.provenance.ShipmentInTransit;
import org.origingraph.provenance.StageGaps;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The Watchlist's statements: each a bounded scan of one label, ordered and limited in the database. */
@Repository
public class WatchRepository {

  private final Neo4jClient neo4j;

  WatchRepository(Neo4jClient neo4j) {
    this.neo4j = neo4j;
  }

  public List<ExpiringCertificate> certificatesExpiring(LocalDate from, LocalDate to, int limit) {
    return List.copyOf(neo4j.query("""
            MATCH (c:Certificate) WHERE c.validTo >= $from AND c.validTo <= $to
            WITH c ORDER BY c.validTo, c.uid LIMIT $limit
            CALL (c) {
              OPTIONAL MATCH (c)-[:CERTIFIES]->(f:Facility)
              OPTIONAL MATCH (fo:Organization)-[:OPERATES]->(f)
              RETURN collect(DISTINCT {facility: f, operator: fo.gln}) AS facilities
            }
            CALL (c) {
              OPTIONAL MATCH (c)-[:CERTIFIES]->(o:Organization)
              RETURN collect(DISTINCT o) AS organizations
            }
            CALL (c) {
              OPTIONAL MATCH (c)-[:CERTIFIES]->(b:Batch)
              OPTIONAL MATCH (b)-[:PRODUCED_AT]->(bf:Facility)
              OPTIONAL MATCH (bo:Organization)-[:OPERATES]->(bf)
              RETURN collect(DISTINCT {batch: b, facility: bf.gln, operator: bo.gln}) AS batches
            }
            RETURN c, facilities, organizations, batches ORDER BY c.validTo, c.uid""")
        .bind(from).to("from").bind(to).to("to").bind((long) limit).to("limit")
        .fetchAs(ExpiringCertificate.class).mappedBy((t, r) -> {
          List<GraphNode> subjects = new ArrayList<>();
          TreeSet<String> holders = new TreeSet<>();
          for (Value f : r.get("facilities").values()) {
            if (!f.get("facility").isNull()) {
              subjects.add(GraphMapping.facility(f.get("facility"), f.get("operator")));
              if (!f.get("operator").isNull()) {
                holders.add(f.get("operator").asString());
              }
            }
          }
          for (Value o : r.get("organizations").values()) {
            var organization = GraphMapping.organization(o);
            subjects.add(organization);
            holders.add(organization.gln());
          }
          for (Value b : r.get("batches").values()) {
            if (!b.get("batch").isNull()) {
              subjects.add(GraphMapping.batch(b.get("batch"), b.get("facility")));
              if (!b.get("operator").isNull()) {
                holders.add(b.get("operator").asString());
              }
            }
          }
          return new ExpiringCertificate(GraphMapping.certificate(r.get("c")), subjects, List.copyOf(holders));
        }).all());
  }

  public List<ShipmentInTransit> shipmentsInTransit(int limit) {
    return List.copyOf(neo4j.query("""
            MATCH (s:Shipment) WHERE s.departedAt IS NOT NULL AND s.arrivedAt IS NULL
            WITH s ORDER BY s.departedAt, s.id LIMIT $limit
            OPTIONAL MATCH (s)-[:FROM]->(origin:Facility)
            OPTIONAL MATCH (oo:Organization)-[:OPERATES]->(origin)
            OPTIONAL MATCH (s)-[:TO]->(destination:Facility)
            OPTIONAL MATCH (do:Organization)-[:OPERATES]->(destination)
            RETURN s, origin, oo.gln AS originOperator, destination, do.gln AS destinationOperator,
                   origin.gln AS originGln, destination.gln AS destinationGln,
                   coalesce(origin.country <> destination.country, false) AS crossBorder
            ORDER BY s.departedAt, s.id""")
        .bind((long) limit).to("limit")
        .fetchAs(ShipmentInTransit.class).mappedBy((t, r) -> new ShipmentInTransit(
            GraphMapping.shipment(r.get("s"), r.get("originGln"), r.get("destinationGln"), r.get("crossBorder")),
            r.get("origin").isNull() ? null : GraphMapping.facility(r.get("origin"), r.get("originOperator")),
            r.get("destination").isNull() ? null : GraphMapping.facility(r.get("destination"), r.get("destinationOperator"))))
        .all());
  }


  public Map<String, StageGaps> stageGaps(Collection<String> gtins) {
    Map<String, StageGaps> gaps = new HashMap<>();
    neo4j.query("""
            UNWIND $gtins AS gtin
            MATCH (b:Batch {gtin: gtin})
            RETURN gtin, count(b) AS batches,
                   sum(CASE WHEN EXISTS { (b)-[:PRODUCED_AT]->(:Facility) } THEN 0 ELSE 1 END) AS withoutLocation,
                   sum(CASE WHEN b.producedAt IS NULL THEN 1 ELSE 0 END) AS withoutTime""")
        .bind(List.copyOf(gtins)).to("gtins")
        .fetchAs(StageGaps.class).mappedBy((t, r) -> new StageGaps(r.get("gtin").asString(), r.get("batches").asLong(),
            r.get("withoutLocation").asLong(), r.get("withoutTime").asLong()))
        .all().forEach(g -> gaps.put(g.gtin(), g));
    return gaps;
  }
}
