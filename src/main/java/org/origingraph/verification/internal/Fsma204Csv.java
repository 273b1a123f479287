package org.origingraph.verification.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.origingraph.provenance.Batch;
import org.origingraph.provenance.Facility;
import org.origingraph.provenance.GraphNode;
import org.origingraph.provenance.Product;
import org.origingraph.provenance.Provenance;
import org.origingraph.provenance.ProvenanceEdge;
import org.origingraph.provenance.Quantity;
import org.origingraph.provenance.RelationKind;
import org.origingraph.provenance.Shipment;
import org.jspecify.annotations.Nullable;

/**
 * A provenance walk as the U.S. FDA's FSMA 204 "electronic sortable spreadsheet": one row per critical
 * tracking event with its key data elements, sorted by event time. A batch's production is a
 * TRANSFORMATION when it was made from inputs, HARVESTING on a farm, else INITIAL_PACKING; every
 * shipment of a batch is a SHIPPING row and, once arrived, a RECEIVING row. The traceability lot code
 * is {@code GTIN/lot} (GS1's (01)+(10)); its source is the facility where the lot was produced.
 *
 * <p>RFC 4180: a header row, every field quoted, quotes doubled, CRLF line ends; a text field that a
 * spreadsheet would read as a formula (starting with = + - @) is prefixed with an apostrophe. Stateless.
 */
final class Fsma204Csv {

  static final List<String> HEADER = List.of(
      "Critical Tracking Event", "Event Date", "Traceability Lot Code", "Traceability Lot Code Source",
      "Traceability Lot Code Source GLN", "Product Description", "GTIN", "Quantity", "Unit of Measure",
      "Location Description", "Location GLN", "Location Country", "Ship From Location", "Ship To Location",
      "Reference Document Type", "Reference Document Number", "Input Traceability Lot Codes");

  private record Row(@Nullable OffsetDateTime at, List<String> cells) {}

  private Fsma204Csv() {}

  static String of(Provenance walk) {
    Map<String, GraphNode> byId = new HashMap<>();
    Map<String, Facility> facilities = new HashMap<>();
    Map<String, Product> products = new HashMap<>();
    for (GraphNode node : walk.nodes()) {
      byId.put(node.id(), node);
      if (node instanceof Facility f) {
        facilities.put(f.gln(), f);
      } else if (node instanceof Product p) {
        products.put(p.gtin(), p);
      }
    }
    Map<String, List<String>> inputsOf = new HashMap<>();
    for (ProvenanceEdge e : walk.edges()) {
      if (e.kind() == RelationKind.MADE_FROM && byId.get(e.to()) instanceof Batch input) {
        inputsOf.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(tlc(input));
      }
    }
    List<Row> rows = new ArrayList<>();
    for (GraphNode node : walk.nodes()) {
      if (node instanceof Batch b) {
        Facility at = b.facilityGln() == null ? null : facilities.get(b.facilityGln());
        List<String> inputs = inputsOf.getOrDefault(b.id(), List.of());
        String event = !inputs.isEmpty() ? "TRANSFORMATION" : at != null && "FARM".equals(at.type()) ? "HARVESTING" : "INITIAL_PACKING";
        rows.add(row(event, b.producedAt(), b, at, b.quantity(), products, null, null,
            "Production record", b.lot(), String.join("; ", inputs), facilities));
      }
    }
    for (ProvenanceEdge e : walk.edges()) {
      if (e.kind() != RelationKind.CARRIES || !(byId.get(e.from()) instanceof Shipment s) || !(byId.get(e.to()) instanceof Batch b)) {
        continue;
      }
      Facility from = s.originGln() == null ? null : facilities.get(s.originGln());
      Facility to = s.destinationGln() == null ? null : facilities.get(s.destinationGln());
      String reference = s.sscc() != null ? s.reference() + " (SSCC " + s.sscc() + ")" : s.reference();
      rows.add(row("SHIPPING", s.departedAt(), b, from, e.quantity(), products, from, to, "Shipment", reference, "", facilities));
      if (s.arrivedAt() != null) {
        rows.add(row("RECEIVING", s.arrivedAt(), b, to, e.quantity(), products, from, to, "Shipment", reference, "", facilities));
      }
    }
    rows.sort(Comparator.comparing(Row::at, Comparator.nullsLast(Comparator.comparing(OffsetDateTime::toInstant))));
    StringBuilder csv = new StringBuilder();
    line(csv, HEADER);
    rows.forEach(r -> line(csv, r.cells()));
    return csv.toString();
  }

  private static Row row(String event, @Nullable OffsetDateTime at, Batch batch, @Nullable Facility location,
      @Nullable Quantity quantity, Map<String, Product> products, @Nullable Facility from,
      @Nullable Facility to, String documentType, String documentNumber, String inputs, Map<String, Facility> facilities) {
    Facility source = batch.facilityGln() == null ? null : facilities.get(batch.facilityGln());
    Product product = products.get(batch.gtin());
    List<String> cells = List.of(event, at == null ? "" : at.toString(), tlc(batch), source == null ? "" : source.name(),
        source == null ? "" : source.gln(), product == null ? "" : product.name(), batch.gtin(),
        quantity == null ? "" : number(quantity.value()), quantity == null ? "" : quantity.unit(),
        location == null ? "" : location.name(), location == null ? "" : location.gln(),
        location == null ? "" : location.country(), place(from), place(to), documentType, documentNumber, inputs);
    return new Row(at, cells);
  }

  /** The traceability lot code: GTIN and lot, as GS1 AIs (01) and (10) carry them. */
  static String tlc(Batch batch) {
    return batch.gtin() + "/" + batch.lot();
  }

  private static String place(@Nullable Facility facility) {
    return facility == null ? "" : facility.name() + " (GLN " + facility.gln() + ")";
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
  }

  private static void line(StringBuilder csv, List<String> cells) {
    StringJoiner joined = new StringJoiner(",", "", "\r\n");
    for (String cell : cells) {
      String text = cell;
      if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
        text = "'" + text;
      }
      joined.add('"' + text.replace("\"", "\"\"") + '"');
    }
    csv.append(joined);
  }
}
