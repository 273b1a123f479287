package org.origingraph.epcis.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Decides what each event means for the provenance graph and writes it down as rows of a {@link WritePlan}.
 *
 * <p>The rules, in the CBV's terms: a TransformationEvent makes each output batch MADE_FROM each input
 * batch, with the input's quantity; commissioning (an ADD with bizStep commissioning, or any ADD with
 * ILMD) makes its batches PRODUCED_AT the business location; shipping creates or updates a Shipment
 * FROM the source location TO the destination, CARRYING the batches; receiving sets the arrival of the
 * matching shipment (by SSCC or business transaction, else by destination and batches), or records a
 * shipment that arrives when only the receiving side reports; an AggregationEvent that ADDs children
 * to an SSCC makes that SSCC a shipment unit carrying them. LGTIN classes map to batches directly; an
 * SGTIN maps to the batch it was commissioned into (ILMD lot), remembered as an {@code (:Item)}.
 * Not thread-safe: one instance plans one document.
 */
final class GraphMapper {

  private final WritePlan plan = WritePlan.empty();
  private final Map<String, BatchRef> items = new HashMap<>();
  private final Function<Collection<String>, Map<String, BatchRef>> itemLookup;
  private String currentEvent = "";

  /** @param itemLookup finds the batches of already captured SGTINs (canonical Digital Link keys) */
  GraphMapper(Function<Collection<String>, Map<String, BatchRef>> itemLookup) {
    this.itemLookup = itemLookup;
  }

  /** Plans the writes of {@code events}, in document order. */
  static WritePlan plan(List<ParsedEvent> events, Function<Collection<String>, Map<String, BatchRef>> itemLookup) {
    GraphMapper mapper = new GraphMapper(itemLookup);
    mapper.preloadItems(events);
    for (ParsedEvent event : events) {
      if (event.declaresError()) {
        mapper.plan.declarations().add(EventRows.event(event));
      } else {
        mapper.plan.events().add(EventRows.event(event));
        mapper.map(event);
      }
    }
    return mapper.plan;
  }

  private void preloadItems(List<ParsedEvent> events) {
    Set<String> serials = new LinkedHashSet<>();
    for (ParsedEvent event : events) {
      for (String field : List.of("epcList", "childEPCs", "inputEPCList")) {
        event.json().path(field).forEach(n -> {
          if (parse(n.asString("")) instanceof Epc.Item item) {
            serials.add(item.canonical());
          }
        });
      }
    }
    if (!serials.isEmpty()) {
      items.putAll(itemLookup.apply(serials));
    }
  }

  private void map(ParsedEvent event) {
    JsonNode e = event.json();
    String id = event.eventId();
    currentEvent = id;
    OffsetDateTime at = OffsetDateTime.parse(e.path("eventTime").asString());
    String readPoint = facility(id, e.path("readPoint").path("id"));
    String bizLocation = facility(id, e.path("bizLocation").path("id"));
    String site = bizLocation != null ? bizLocation : readPoint;
    String action = e.path("action").asString("");
    String bizStep = String.valueOf(Vocabulary.shortForm(e.path("bizStep").asString(null)));
    @Nullable String ilmdLot = EventFields.ilmd(e, "lotNumber");
    boolean commissioning = "ADD".equals(action) && ("commissioning".equals(bizStep) || e.has("ilmd"));

    Map<BatchRef, double[]> objects = new LinkedHashMap<>();
    Map<BatchRef, String> units = new LinkedHashMap<>();
    Set<String> ssccs = new LinkedHashSet<>();
    switch (event.type()) {
      case "TransformationEvent" -> {
        Map<BatchRef, double[]> inputs = refs(id, e, List.of("inputEPCList"), List.of("inputQuantityList"), null, units, ssccs);
        Map<BatchRef, double[]> outputs = refs(id, e, List.of("outputEPCList"), List.of("outputQuantityList"), ilmdLot, units, ssccs);
        for (BatchRef out : outputs.keySet()) {
          for (var in : inputs.entrySet()) {
            if (!in.getKey().equals(out)) {
              Map<String, Object> row = new HashMap<>(Map.of("eventId", id, "outGtin", out.gtin(), "outLot", out.lot(),
                  "inGtin", in.getKey().gtin(), "inLot", in.getKey().lot()));
              row.put("quantity", in.getValue()[0] > 0 ? in.getValue()[0] : null);
              row.put("uom", units.get(in.getKey()));
              plan.madeFrom().add(row);
            }
          }
          produced(id, out, site, at, e);
        }
        // roles and input quantities let a later event of the same transformationID complete the links
        inputs.forEach((b, q) -> plan.eventBatches().add(touched(id, b, "INPUT", q[0], units.get(b))));
        outputs.keySet().forEach(b -> plan.eventBatches().add(touched(id, b, "OUTPUT", 0, null)));
      }
      case "AggregationEvent" -> {
        objects.putAll(refs(id, e, List.of("childEPCs"), List.of("childQuantityList"), ilmdLot, units, ssccs));
        if (parse(e.path("parentID").asString("")) instanceof Epc.Unit parent) {
          ssccs.add(parent.sscc());
          if ("ADD".equals(action)) {
            Map<String, Object> unit = shipment("SSCC:" + parent.sscc(), id, parent.sscc(), e);
            plan.shipments().add(unit);
            carries(id, "SSCC:" + parent.sscc(), objects, units);
          }
        }
      }
      default -> {
        objects.putAll(refs(id, e, List.of("epcList"), List.of("quantityList"), commissioning ? ilmdLot : null, units, ssccs));
        if (commissioning) {
          objects.keySet().forEach(b -> produced(id, b, site, at, e));
        }
      }
    }
    objects.keySet().forEach(b -> plan.eventBatches().add(touched(id, b, null, 0, null)));
    if (bizStep.equals("shipping") || bizStep.equals("departing")) {
      shipping(id, e, at, site, objects, units, ssccs);
    } else if (bizStep.equals("receiving") || bizStep.equals("arriving")) {
      receiving(id, e, at, site, objects, ssccs);
    }
  }

  private void shipping(String id, JsonNode e, OffsetDateTime at, @Nullable String site,
      Map<BatchRef, double[]> objects, Map<BatchRef, String> units, Set<String> ssccs) {
    String sscc = ssccs.size() == 1 ? ssccs.iterator().next() : null;
    List<String> transactions = EventFields.transactions(e);
    String shipmentId = sscc != null ? "SSCC:" + sscc : transactions.isEmpty() ? "EVENT:" + id : "BT:" + transactions.getFirst();
    Map<String, Object> row = shipment(shipmentId, id, sscc, e);
    row.put("departedAt", at);
    String from = party(e.path("sourceList"), "source");
    row.put("from", from != null ? from : site);
    row.put("to", party(e.path("destinationList"), "destination"));
    plan.shipments().add(row);
    carries(id, shipmentId, objects, units);
  }

  private void receiving(String id, JsonNode e, OffsetDateTime at, @Nullable String site,
      Map<BatchRef, double[]> objects, Set<String> ssccs) {
    List<String> candidates = new ArrayList<>();
    ssccs.forEach(s -> candidates.add("SSCC:" + s));
    EventFields.transactions(e).forEach(t -> candidates.add("BT:" + t));
    String to = party(e.path("destinationList"), "destination");
    Map<String, Object> row = new HashMap<>();
    row.put("eventId", id);
    row.put("candidates", candidates);
    row.put("at", at);
    row.put("to", to != null ? to : site);
    row.put("from", party(e.path("sourceList"), "source"));
    row.put("batches", objects.keySet().stream().map(b -> List.of(b.gtin(), b.lot())).toList());
    row.put("fallbackId", "EVENT:" + id);
    plan.receipts().add(row);
  }

  private static Map<String, Object> touched(String eventId, BatchRef batch, @Nullable String role, double quantity,
      @Nullable String uom) {
    Map<String, Object> row = new HashMap<>(batch.row(eventId));
    row.put("role", role);
    row.put("quantity", quantity > 0 ? quantity : null);
    row.put("uom", uom);
    return row;
  }

  private Map<String, Object> shipment(String shipmentId, String eventId, @Nullable String sscc, JsonNode e) {
    Map<String, Object> row = new HashMap<>();
    row.put("eventId", eventId);
    row.put("id", shipmentId);
    row.put("sscc", sscc);
    row.put("bizTransactions", EventFields.transactions(e));
    return row;
  }

  private void carries(String eventId, String shipmentId, Map<BatchRef, double[]> objects, Map<BatchRef, String> units) {
    objects.forEach((b, q) -> {
      Map<String, Object> row = new HashMap<>(Map.of("eventId", eventId, "shipment", shipmentId, "gtin", b.gtin(), "lot", b.lot()));
      row.put("quantity", q[0] > 0 ? q[0] : null);
      row.put("uom", units.get(b));
      plan.carries().add(row);
    });
  }

  private void produced(String eventId, BatchRef batch, @Nullable String site, OffsetDateTime at, JsonNode e) {
    if (site != null) {
      plan.produced().add(Map.of("eventId", eventId, "gtin", batch.gtin(), "lot", batch.lot(), "gln", site, "at", at));
    }
    LocalDate expires = EventFields.date(EventFields.ilmd(e, "itemExpirationDate"), EventFields.ilmd(e, "bestBeforeDate"));
    if (expires != null) {
      plan.batches().add(Map.of("eventId", eventId, "gtin", batch.gtin(), "lot", batch.lot(), "expiresAt", expires));
    }
  }

  /**
   * The batches behind the identifiers of {@code epcFields} and {@code quantityFields}, with summed
   * quantities ({@code [0]}) and units collected into {@code units}; SSCCs go to {@code ssccs}.
   */
  private Map<BatchRef, double[]> refs(String id, JsonNode e, List<String> epcFields, List<String> quantityFields,
      @Nullable String lot, Map<BatchRef, String> units, Set<String> ssccs) {
    Map<BatchRef, double[]> found = new LinkedHashMap<>();
    for (String field : epcFields) {
      for (JsonNode n : e.path(field)) {
        switch (parse(n.asString(""))) {
          case Epc.Item item -> {
            BatchRef batch = lot != null ? new BatchRef(item.gtin(), lot) : items.get(item.canonical());
            if (batch != null) {
              if (lot != null) {
                items.put(item.canonical(), batch);
                plan.items().add(Map.of("eventId", id, "epc", item.canonical(), "gtin", batch.gtin(), "lot", batch.lot()));
              }
              found.computeIfAbsent(batch, b -> new double[1])[0] += 1;
              units.putIfAbsent(batch, "H87");
            }
          }
          case Epc.ItemClass c when c.lot() != null -> found.computeIfAbsent(new BatchRef(c.gtin(), c.lot()), b -> new double[1]);
          case Epc.Unit unit -> ssccs.add(unit.sscc());
          default -> { }
        }
      }
    }
    for (String field : quantityFields) {
      for (JsonNode q : e.path(field)) {
        if (parse(q.path("epcClass").asString("")) instanceof Epc.ItemClass c && (c.lot() != null || lot != null)) {
          BatchRef batch = new BatchRef(c.gtin(), c.lot() != null ? c.lot() : lot);
          found.computeIfAbsent(batch, b -> new double[1])[0] += q.path("quantity").asDouble(0);
          units.put(batch, q.path("uom").asString("H87"));
        }
      }
    }
    found.keySet().forEach(b -> plan.batches().add(b.row(id)));
    return found;
  }

  /** Records the facility behind a location field; its GLN, or {@code null} when it is not a GLN. */
  private @Nullable String facility(String eventId, JsonNode field) {
    if (parse(field.asString("")) instanceof Epc.Location location) {
      plan.facilities().add(Map.of("eventId", eventId, "gln", location.gln(), "country", Countries.ofGln(location.gln())));
      return location.gln();
    }
    return null;
  }

  /** The facility of a source or destination list: a {@code location} entry first, else a party. */
  private @Nullable String party(JsonNode list, String member) {
    String party = null;
    for (JsonNode entry : list) {
      if (parse(entry.path(member).asString("")) instanceof Epc.Location location) {
        String type = String.valueOf(Vocabulary.shortForm(entry.path("type").asString(null)));
        if (type.equals("location")) {
          return ensure(location.gln());
        }
        party = party == null ? location.gln() : party;
      }
    }
    return party == null ? null : ensure(party);
  }

  private String ensure(String gln) {
    plan.facilities().add(Map.of("eventId", currentEvent, "gln", gln, "country", Countries.ofGln(gln)));
    return gln;
  }

  static Epc parse(String text) {
    try {
      return EpcIdentifiers.parse(text);
    } catch (IllegalArgumentException e) {
      return new Epc.Other(text);
    }
  }
}
