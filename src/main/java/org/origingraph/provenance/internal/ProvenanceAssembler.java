package org.origingraph.provenance.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.origingraph.api.GlobalId;
import org.origingraph.provenance.Batch;
import org.origingraph.provenance.Certificate;
import org.origingraph.provenance.Facility;
import org.origingraph.provenance.GraphNode;
import org.origingraph.provenance.Organization;
import org.origingraph.provenance.Provenance;
import org.origingraph.provenance.ProvenanceEdge;
import org.origingraph.provenance.ProvenanceSummary;
import org.origingraph.provenance.Quantity;
import org.origingraph.provenance.RelationKind;
import org.origingraph.provenance.Shipment;
import org.origingraph.provenance.TraceDirection;
import org.origingraph.provenance.TruncationReason;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

/**
 * Turns the full walk statement's row into a {@link Provenance}: de-duplicated nodes in a stable
 * order (root, batches, products, facilities, organizations, shipments, certificates), the edges
 * between them, the tier count and why the answer is truncated. Linear in the rows.
 *
 * <p>The node budget: when the walk holds more nodes than {@code maxNodes}, batches are kept in walk
 * order (root, then nearest first) together with everything attached to them (product, facility and
 * its operator, shipments and their ends, certificates) while the total fits, and the rest is left
 * out; the answer is then truncated by {@link TruncationReason#MAX_NODES}.
 */
final class ProvenanceAssembler {

  private final Record row;
  private final Walk walk;
  private final Map<String, Value> batchRows = new HashMap<>();
  private final Map<String, Value> products = new HashMap<>();
  private final Map<String, List<Value>> carriedBy = new HashMap<>();
  private final Map<String, Value> shipments = new LinkedHashMap<>();
  private final Map<String, Value> facilities = new LinkedHashMap<>();
  private final Map<String, Value> operators = new HashMap<>();
  private final Map<String, List<Value>> certificatesOf = new HashMap<>();
  private final Map<String, String> batchIds = new HashMap<>();

  private final Map<String, GraphNode> nodes = new LinkedHashMap<>();
  private final List<ProvenanceEdge> edges = new ArrayList<>();
  private final Set<EdgeKey> edgeKeys = new HashSet<>();

  private record EdgeKey(String from, String to, RelationKind kind) {}

  private ProvenanceAssembler(Record row, Walk walk) {
    this.row = row;
    this.walk = walk;
  }

  static Provenance assemble(Record row, Walk walk, TraceDirection direction, int maxDepth, int maxNodes) {
    return new ProvenanceAssembler(row, walk).build(direction, maxDepth, maxNodes);
  }

  private Provenance build(TraceDirection direction, int maxDepth, int maxNodes) {
    index();
    List<String> kept = keptBatches(maxNodes);
    Set<String> keptSet = new HashSet<>(kept);
    Set<String> keptShipments = new LinkedHashSet<>();
    Set<String> keptFacilities = new HashSet<>();
    for (String batch : kept) {
      String facility = batchRows.get(batch).get("facility").asString(null);
      if (facility != null) {
        keptFacilities.add(facility);
      }
      for (Value carried : carriedBy.getOrDefault(batch, List.of())) {
        keptShipments.add(carried.get(0).asString());
      }
    }
    for (String shipment : keptShipments) {
      keptFacilities.addAll(ends(shipments.get(shipment)));
    }

    Value rootRow = batchRows.get(walk.rootId());
    Batch root = batch(walk.rootId(), rootRow);
    for (String batch : kept) {
      add(batch(batch, batchRows.get(batch)));
    }
    for (String batch : kept) {
      Value product = products.get(batchRows.get(batch).get("product").asString(""));
      if (product != null) {
        add(GraphMapping.product(product));
        edge(batchIds.get(batch), GlobalId.encode("Product", product.get("gtin").asString()),
            RelationKind.INSTANCE_OF, null, null);
      }
    }
    Map<String, String> countryOf = new HashMap<>();
    List<Value> keptOperators = new ArrayList<>();
    for (Value entry : facilities.values()) {
      Value operator = entry.get("operator");
      Facility facility = GraphMapping.facility(entry.get("facility"), operator);
      if (keptFacilities.contains(facility.gln())) {
        add(facility);
        countryOf.put(facility.gln(), facility.country());
        if (!operator.isNull() && operators.containsKey(operator.asString())) {
          keptOperators.add(operators.get(operator.asString()));
        }
      }
    }
    for (Value operator : keptOperators) {
      Organization organization = GraphMapping.organization(operator);
      add(organization);
    }
    for (Value entry : facilities.values()) {
      String gln = entry.get("facility").get("gln").asString("");
      Value operator = entry.get("operator");
      if (keptFacilities.contains(gln) && !operator.isNull() && operators.containsKey(operator.asString())) {
        edge(GlobalId.encode("Organization", operator.asString()), GlobalId.encode("Facility", gln),
            RelationKind.OPERATES, null, null);
      }
    }
    for (String batch : kept) {
      Value batchRow = batchRows.get(batch);
      String facility = batchRow.get("facility").asString(null);
      if (facility != null && countryOf.containsKey(facility)) {
        edge(batchIds.get(batch), GlobalId.encode("Facility", facility), RelationKind.PRODUCED_AT,
            GraphMapping.dateTime(batchRow.get("at"), "PRODUCED_AT of batch", batch), null);
      }
    }
    for (Value m : walk.madeFrom(keptSet)) {
      edge(batchIds.get(m.get(0).asString()), batchIds.get(m.get(1).asString()), RelationKind.MADE_FROM, null,
          GraphMapping.quantity(m.get(2), m.get(3)));
    }
    shipments(kept, keptShipments, countryOf);
    certificates(keptSet, countryOf.keySet(), keptOperators);

    int tiers = walk.tiers(keptSet);
    Set<String> countries = new TreeSet<>(countryOf.values());
    countries.remove("");
    var summary = new ProvenanceSummary(kept.size(), keptShipments.size(), countryOf.size(), countries.size(), tiers);
    return new Provenance(root, direction, maxDepth, List.copyOf(nodes.values()), List.copyOf(edges), tiers,
        List.copyOf(walk.truncation(direction, maxDepth, kept.size())), List.copyOf(countries), summary);
  }

  private void shipments(List<String> kept, Set<String> keptShipments, Map<String, String> countryOf) {
    Map<String, Shipment> byId = new HashMap<>();
    for (String id : keptShipments) {
      Value entry = shipments.get(id);
      Value origin = entry.get("origin");
      Value destination = entry.get("destination");
      String from = origin.isNull() ? null : countryOf.get(origin.asString(""));
      String to = destination.isNull() ? null : countryOf.get(destination.asString(""));
      Shipment shipment = GraphMapping.shipment(entry.get("shipment"), origin, destination,
          Values.value(from != null && to != null && !from.equals(to)));
      byId.put(id, shipment);
      add(shipment);
    }
    for (String batch : kept) {
      for (Value carried : carriedBy.getOrDefault(batch, List.of())) {
        Shipment shipment = byId.get(carried.get(0).asString());
        edge(shipment.id(), batchIds.get(batch), RelationKind.CARRIES, shipment.departedAt(),
            GraphMapping.quantity(carried.get(2), carried.get(3)));
      }
    }
    for (Shipment shipment : byId.values()) {
      if (shipment.originGln() != null && countryOf.containsKey(shipment.originGln())) {
        edge(shipment.id(), GlobalId.encode("Facility", shipment.originGln()), RelationKind.SHIPPED_FROM,
            shipment.departedAt(), null);
      }
      if (shipment.destinationGln() != null && countryOf.containsKey(shipment.destinationGln())) {
        edge(shipment.id(), GlobalId.encode("Facility", shipment.destinationGln()), RelationKind.SHIPPED_TO,
            shipment.arrivedAt(), null);
      }
    }
  }

  private void certificates(Set<String> batches, Set<String> facilityGlns, List<Value> keptOperators) {
    Set<String> organizationGlns = new HashSet<>();
    keptOperators.forEach(o -> organizationGlns.add(o.get("gln").asString("")));
    for (Value certified : row.get("certified").values()) {
      String kind = certified.get("kind").asString();
      String subject = certified.get("subject").asString("");
      String subjectId = switch (kind) {
        case "Batch" -> batches.contains(subject) ? batchIds.get(subject) : null;
        case "Facility" -> facilityGlns.contains(subject) ? GlobalId.encode("Facility", subject) : null;
        default -> organizationGlns.contains(subject) ? GlobalId.encode("Organization", subject) : null;
      };
      if (subjectId != null) {
        Certificate certificate = GraphMapping.certificate(certified.get("certificate"));
        add(certificate);
        edge(certificate.id(), subjectId, RelationKind.CERTIFIES, null, null);
      }
    }
  }

  /** Reads the row's lists into maps, once. */
  private void index() {
    for (Value entry : row.get("batches").values()) {
      batchRows.putIfAbsent(entry.get("batch").asNode().elementId(), entry);
    }
    for (Value product : row.get("products").values()) {
      products.putIfAbsent(product.get("gtin").asString(""), product);
    }
    for (Value carried : row.get("carried").values()) {
      carriedBy.computeIfAbsent(carried.get(1).asString(), k -> new ArrayList<>()).add(carried);
    }
    for (Value entry : row.get("shipments").values()) {
      shipments.putIfAbsent(entry.get("shipment").asNode().elementId(), entry);
    }
    for (Value entry : row.get("facilities").values()) {
      facilities.putIfAbsent(entry.get("facility").get("gln").asString(""), entry);
    }
    for (Value operator : row.get("operators").values()) {
      operators.putIfAbsent(operator.get("gln").asString(""), operator);
    }
    for (Value certified : row.get("certified").values()) {
      certificatesOf.computeIfAbsent(certified.get("kind").asString() + ':' + certified.get("subject").asString(""),
          k -> new ArrayList<>()).add(certified);
    }
  }

  /** All walked batches when everything fits in the budget, else the longest prefix that does. */
  private List<String> keptBatches(int maxNodes) {
    int total = walk.order().size() + products.size() + facilities.size() + operators.size() + shipments.size()
        + certificateCount();
    if (total <= maxNodes) {
      return walk.order();
    }
    Set<String> counted = new HashSet<>();
    List<String> kept = new ArrayList<>();
    for (String batch : walk.order()) {
      Set<String> attached = attached(batch);
      attached.removeAll(counted);
      if (!kept.isEmpty() && counted.size() + attached.size() > maxNodes) {
        break;
      }
      counted.addAll(attached);
      kept.add(batch);
    }
    return kept;
  }

  private int certificateCount() {
    Set<String> uids = new HashSet<>();
    row.get("certified").values().forEach(c -> uids.add(c.get("certificate").get("uid").asString("")));
    return uids.size();
  }

  /** Keys of the nodes a batch brings into the answer: itself and what hangs off it. */
  private Set<String> attached(String batch) {
    Set<String> keys = new HashSet<>();
    Value batchRow = batchRows.get(batch);
    keys.add("B:" + batch);
    String product = batchRow.get("product").asString("");
    if (products.containsKey(product)) {
      keys.add("P:" + product);
    }
    certificatesOf.getOrDefault("Batch:" + batch, List.of()).forEach(c -> keys.add(certificateKey(c)));
    List<String> glns = new ArrayList<>();
    String facility = batchRow.get("facility").asString(null);
    if (facility != null) {
      glns.add(facility);
    }
    for (Value carried : carriedBy.getOrDefault(batch, List.of())) {
      String shipment = carried.get(0).asString();
      keys.add("S:" + shipment);
      glns.addAll(ends(shipments.get(shipment)));
    }
    for (String gln : glns) {
      keys.add("F:" + gln);
      certificatesOf.getOrDefault("Facility:" + gln, List.of()).forEach(c -> keys.add(certificateKey(c)));
      Value entry = facilities.get(gln);
      Value operator = entry == null ? Values.NULL : entry.get("operator");
      if (!operator.isNull()) {
        keys.add("O:" + operator.asString());
        certificatesOf.getOrDefault("Organization:" + operator.asString(), List.of())
            .forEach(c -> keys.add(certificateKey(c)));
      }
    }
    return keys;
  }

  private static String certificateKey(Value certified) {
    return "C:" + certified.get("certificate").get("uid").asString("");
  }

  private static List<String> ends(@Nullable Value shipment) {
    List<String> ends = new ArrayList<>(2);
    if (shipment != null) {
      for (String end : List.of("origin", "destination")) {
        if (!shipment.get(end).isNull()) {
          ends.add(shipment.get(end).asString());
        }
      }
    }
    return ends;
  }

  private Batch batch(String elementId, Value batchRow) {
    Batch batch = GraphMapping.batch(batchRow.get("batch"), batchRow.get("facility"));
    batchIds.put(elementId, batch.id());
    return batch;
  }

  private void add(GraphNode node) {
    nodes.putIfAbsent(node.id(), node);
  }

  private void edge(
      String from, String to, RelationKind kind, @Nullable OffsetDateTime at, @Nullable Quantity quantity) {
    if (edgeKeys.add(new EdgeKey(from, to, kind))) {
      edges.add(new ProvenanceEdge(from, to, kind, at, quantity));
    }
  }
}
