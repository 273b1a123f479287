package org.origingraph.provenance.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.origingraph.api.GlobalId;
import org.origingraph.provenance.Batch;
import org.origingraph.provenance.BatchKey;
import org.origingraph.provenance.Certificate;
import org.origingraph.provenance.Facility;
import org.origingraph.provenance.GraphNode;
import org.origingraph.provenance.Organization;
import org.origingraph.provenance.Product;
import org.origingraph.provenance.Provenance;
import org.origingraph.provenance.ProvenanceEdge;
import org.origingraph.provenance.Quantity;
import org.origingraph.provenance.RelationKind;
import org.origingraph.provenance.Shipment;
import org.origingraph.provenance.TraceDirection;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

/**
 * Turns the provenance statement's row into a {@link Provenance}: de-duplicated nodes in a stable
 * order (root, batches, products, facilities, organizations, shipments, certificates), the edges
 * between them, and the tier count.
 */
final class ProvenanceAssembler {

  private final Map<String, GraphNode> nodes = new LinkedHashMap<>();
  private final List<ProvenanceEdge> edges = new ArrayList<>();
  private final Set<String> edgeKeys = new HashSet<>();

  private ProvenanceAssembler() {}

  static Provenance assemble(TraceRows rows, TraceDirection direction, int maxDepth) {
    return new ProvenanceAssembler().build(rows.row(), direction, maxDepth);
  }

  private Provenance build(Record row, TraceDirection direction, int maxDepth) {
    Map<String, String> facilityOfBatch = new HashMap<>();
    for (Value produced : row.get("producedAt").values()) {
      if (!produced.get("facility").isNull()) {
        Value batch = produced.get("batch");
        facilityOfBatch.put(
            batchId(batch.get("gtin").asString(), batch.get("lot").asString()),
            produced.get("facility").get("gln").asString());
      }
    }
    Value rootNode = row.get("root");
    Batch root = GraphMapping.batch(rootNode, Values.value(facilityOfBatch.get(batchId(
        rootNode.get("gtin").asString(), rootNode.get("lot").asString()))));
    add(root);
    for (Value produced : row.get("producedAt").values()) {
      Value node = produced.get("batch");
      Batch batch = GraphMapping.batch(node, Values.value(facilityOfBatch.get(batchId(
          node.get("gtin").asString(), node.get("lot").asString()))));
      add(batch);
    }
    for (Value p : row.get("products").values()) {
      add(GraphMapping.product(p));
    }
    for (Value entry : row.get("facilities").values()) {
      Value operator = entry.get("operator");
      add(GraphMapping.facility(entry.get("facility"), operator.isNull() ? operator : operator.get("gln")));
    }
    for (Value entry : row.get("facilities").values()) {
      if (!entry.get("operator").isNull()) {
        Organization organization = GraphMapping.organization(entry.get("operator"));
        add(organization);
        edge(organization.id(), facilityId(entry.get("facility")), RelationKind.OPERATES, null, null);
      }
    }
    for (GraphNode node : List.copyOf(nodes.values())) {
      if (node instanceof Batch batch) {
        edge(batch.id(), GlobalId.encode("Product", batch.gtin()), RelationKind.INSTANCE_OF, null, null);
      }
    }
    for (Value produced : row.get("producedAt").values()) {
      if (!produced.get("facility").isNull()) {
        Value batch = produced.get("batch");
        edge(batchId(batch.get("gtin").asString(), batch.get("lot").asString()),
            facilityId(produced.get("facility")), RelationKind.PRODUCED_AT,
            produced.get("at").isNull() ? null : produced.get("at").asOffsetDateTime(), null);
      }
    }
    Map<BatchKey, List<BatchKey>> inputsOf = new HashMap<>();
    for (Value m : row.get("madeFrom").values()) {
      BatchKey from = new BatchKey(m.get("fromGtin").asString(), m.get("fromLot").asString());
      BatchKey to = new BatchKey(m.get("toGtin").asString(), m.get("toLot").asString());
      inputsOf.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
      edge(from.globalId(), to.globalId(), RelationKind.MADE_FROM, null, GraphMapping.quantity(m, "quantity", "uom"));
    }
    for (Value carried : row.get("carried").values()) {
      Value origin = carried.get("origin");
      Value destination = carried.get("destination");
      boolean crossBorder = !origin.isNull() && !destination.isNull()
          && !origin.get("country").asString().equals(destination.get("country").asString());
      Shipment shipment = GraphMapping.shipment(carried.get("shipment"),
          origin.isNull() ? origin : origin.get("gln"),
          destination.isNull() ? destination : destination.get("gln"),
          Values.value(crossBorder));
      add(shipment);
      edge(shipment.id(), batchId(carried.get("gtin").asString(), carried.get("lot").asString()),
          RelationKind.CARRIES, shipment.departedAt(), GraphMapping.quantity(carried, "quantity", "uom"));
      if (shipment.originGln() != null) {
        edge(shipment.id(), GlobalId.encode("Facility", shipment.originGln()), RelationKind.SHIPPED_FROM,
            shipment.departedAt(), null);
      }
      if (shipment.destinationGln() != null) {
        edge(shipment.id(), GlobalId.encode("Facility", shipment.destinationGln()), RelationKind.SHIPPED_TO,
            shipment.arrivedAt(), null);
      }
    }
    for (Value certified : row.get("certified").values()) {
      Certificate certificate = GraphMapping.certificate(certified.get("certificate"));
      add(certificate);
      edge(certificate.id(),
          GlobalId.encode(certified.get("subjectType").asString(), certified.get("subjectKey").asString()),
          RelationKind.CERTIFIES, null, null);
    }
    Set<String> countries = new TreeSet<>();
    nodes.values().forEach(n -> {
      if (n instanceof Facility f) {
        countries.add(f.country());
      }
    });
    return new Provenance(root, direction, maxDepth, List.copyOf(nodes.values()), List.copyOf(edges),
        Tiers.longestChain(inputsOf), row.get("truncated").asBoolean(), List.copyOf(countries));
  }

  private void add(GraphNode node) {
    nodes.putIfAbsent(node.id(), node);
  }

  private void edge(
      String from, String to, RelationKind kind, @Nullable OffsetDateTime at, @Nullable Quantity quantity) {
    if (edgeKeys.add(from + '>' + to + '>' + kind)) {
      edges.add(new ProvenanceEdge(from, to, kind, at, quantity));
    }
  }

  private static String batchId(String gtin, String lot) {
    return new BatchKey(gtin, lot).globalId();
  }

  private static String facilityId(Value facility) {
    return GlobalId.encode("Facility", facility.get("gln").asString());
  }
}
