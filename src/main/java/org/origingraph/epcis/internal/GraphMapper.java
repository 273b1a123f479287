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

import org.origingraph.provenance.BatchKey;
import org.origingraph.provenance.GraphEffects;
import org.origingraph.provenance.Quantity;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Decides what each event means for the provenance graph and writes it down as rows of a {@link WritePlan}:
 * the rules are EPCIS's, the rows the provenance module's ({@link GraphEffects}), which stores them.
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
  private final Map<String, BatchKey> items = new HashMap<>();
  private final Function<Collection<String>, Map<String, BatchKey>> itemLookup;

  /** @param itemLookup finds the batches of already captured SGTINs (canonical Digital Link keys) */
  GraphMapper(Function<Collection<String>, Map<String, BatchKey>> itemLookup) {
    this.itemLookup = itemLookup;
  }

  /** Plans the writes of {@code events}, in document order. */
  static WritePlan plan(List<ParsedEvent> events, Function<Collection<String>, Map<String, BatchKey>> itemLookup) {
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
    OffsetDateTime at = OffsetDateTime.parse(e.path("eventTime").asString());
    String readPoint = facility(e.path("readPoint").path("id"));
    String bizLocation = facility(e.path("bizLocation").path("id"));
    String site = bizLocation != null ? bizLocation : readPoint;
    String action = e.path("action").asString("");
    String bizStep = String.valueOf(Vocabulary.shortForm(e.path("bizStep").asString(null)));
    @Nullable String ilmdLot = EventFields.ilmd(e, "lotNumber");
    boolean commissioning = "ADD".equals(action) && ("commissioning".equals(bizStep) || e.has("ilmd"));

    Map<BatchKey, double[]> objects = new LinkedHashMap<>();
    Map<BatchKey, String> units = new LinkedHashMap<>();
    Set<String> ssccs = new LinkedHashSet<>();
    switch (event.type()) {
      case "TransformationEvent" -> {
        Map<BatchKey, double[]> inputs = refs(id, e, List.of("inputEPCList"), List.of("inputQuantityList"), null, units, ssccs);
        Map<BatchKey, double[]> outputs = refs(id, e, List.of("outputEPCList"), List.of("outputQuantityList"), ilmdLot, units, ssccs);
        for (BatchKey out : outputs.keySet()) {
          for (var in : inputs.entrySet()) {
            if (!in.getKey().equals(out)) {
              plan.derivations().add(new WritePlan.Tagged<>(id,
                  new GraphEffects.Derivation(out, in.getKey(), quantity(in.getValue()[0], units.get(in.getKey())))));
            }
          }
          produced(id, out, site, at, e);
        }
        // roles and input quantities let a later event of the same transformationID complete the links
        inputs.forEach((b, q) -> plan.touches().add(touched(id, b, "INPUT", q[0], units.get(b))));
        outputs.keySet().forEach(b -> plan.touches().add(touched(id, b, "OUTPUT", 0, null)));
      }
      case "AggregationEvent" -> {
        objects.putAll(refs(id, e, List.of("childEPCs"), List.of("childQuantityList"), ilmdLot, units, ssccs));
        if (parse(e.path("parentID").asString("")) instanceof Epc.Unit parent) {
          ssccs.add(parent.sscc());
          if ("ADD".equals(action)) {
            plan.shipments().add(new WritePlan.Tagged<>(id, new GraphEffects.Shipping("SSCC:" + parent.sscc(), parent.sscc(),
                null, null, null, EventFields.transactions(e))));
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
    objects.keySet().forEach(b -> plan.touches().add(touched(id, b, null, 0, null)));
    if (bizStep.equals("shipping") || bizStep.equals("departing")) {
      shipping(id, e, at, site, objects, units, ssccs);
    } else if (bizStep.equals("receiving") || bizStep.equals("arriving")) {
      receiving(id, e, at, site, objects, ssccs);
    }
  }

  private void shipping(String id, JsonNode e, OffsetDateTime at, @Nullable String site,
      Map<BatchKey, double[]> objects, Map<BatchKey, String> units, Set<String> ssccs) {
    String sscc = ssccs.size() == 1 ? ssccs.iterator().next() : null;
    List<String> transactions = EventFields.transactions(e);
    String shipmentId = sscc != null ? "SSCC:" + sscc : transactions.isEmpty() ? "EVENT:" + id : "BT:" + transactions.getFirst();
    String from = party(e.path("sourceList"), "source");
    plan.shipments().add(new WritePlan.Tagged<>(id, new GraphEffects.Shipping(shipmentId, sscc, at, from != null ? from : site,
        party(e.path("destinationList"), "destination"), transactions)));
    carries(id, shipmentId, objects, units);
  }

  private void receiving(String id, JsonNode e, OffsetDateTime at, @Nullable String site,
      Map<BatchKey, double[]> objects, Set<String> ssccs) {
    List<String> candidates = new ArrayList<>();
    ssccs.forEach(s -> candidates.add("SSCC:" + s));
    EventFields.transactions(e).forEach(t -> candidates.add("BT:" + t));
    String to = party(e.path("destinationList"), "destination");
    plan.receipts().add(new WritePlan.Tagged<>(id, new GraphEffects.Receipt(candidates, at, to != null ? to : site,
        party(e.path("sourceList"), "source"), List.copyOf(objects.keySet()), "EVENT:" + id)));
  }

  private static WritePlan.Touch touched(String eventId, BatchKey batch, @Nullable String role, double quantity,
      @Nullable String uom) {
    return new WritePlan.Touch(eventId, batch, role, quantity > 0 ? quantity : null, uom);
  }

  /** A summed quantity, or {@code null} when nothing was counted or the unit is unknown. */
  private static @Nullable Quantity quantity(double amount, @Nullable String unit) {
    return amount > 0 && unit != null ? new Quantity(amount, unit) : null;
  }

  private void carries(String eventId, String shipmentId, Map<BatchKey, double[]> objects, Map<BatchKey, String> units) {
    objects.forEach((b, q) -> plan.carriages().add(new WritePlan.Tagged<>(eventId,
        new GraphEffects.Carriage(shipmentId, b, quantity(q[0], units.get(b))))));
  }

  private void produced(String eventId, BatchKey batch, @Nullable String site, OffsetDateTime at, JsonNode e) {
    if (site != null) {
      plan.productions().add(new WritePlan.Tagged<>(eventId, new GraphEffects.Production(batch, site, at)));
    }
    LocalDate expires = EventFields.date(EventFields.ilmd(e, "itemExpirationDate"), EventFields.ilmd(e, "bestBeforeDate"));
    if (expires != null) {
      plan.batches().add(new GraphEffects.SeenBatch(batch, expires));
    }
  }

  /**
   * The batches behind the identifiers of {@code epcFields} and {@code quantityFields}, with summed
   * quantities ({@code [0]}) and units collected into {@code units}; SSCCs go to {@code ssccs}.
   */
  private Map<BatchKey, double[]> refs(String id, JsonNode e, List<String> epcFields, List<String> quantityFields,
      @Nullable String lot, Map<BatchKey, String> units, Set<String> ssccs) {
    Map<BatchKey, double[]> found = new LinkedHashMap<>();
    for (String field : epcFields) {
      for (JsonNode n : e.path(field)) {
        switch (parse(n.asString(""))) {
          case Epc.Item item -> {
            BatchKey batch = lot != null ? new BatchKey(item.gtin(), lot) : items.get(item.canonical());
            if (batch != null) {
              if (lot != null) {
                items.put(item.canonical(), batch);
                plan.items().add(new WritePlan.Item(item.canonical(), batch));
              }
              found.computeIfAbsent(batch, b -> new double[1])[0] += 1;
              units.putIfAbsent(batch, "H87");
            }
          }
          case Epc.ItemClass c when c.lot() != null -> found.computeIfAbsent(new BatchKey(c.gtin(), c.lot()), b -> new double[1]);
          case Epc.Unit unit -> ssccs.add(unit.sscc());
          default -> { }
        }
      }
    }
    for (String field : quantityFields) {
      for (JsonNode q : e.path(field)) {
        if (parse(q.path("epcClass").asString("")) instanceof Epc.ItemClass c && (c.lot() != null || lot != null)) {
          BatchKey batch = new BatchKey(c.gtin(), c.lot() != null ? c.lot() : lot);
          found.computeIfAbsent(batch, b -> new double[1])[0] += q.path("quantity").asDouble(0);
          units.put(batch, q.path("uom").asString("H87"));
        }
      }
    }
    found.keySet().forEach(b -> plan.batches().add(new GraphEffects.SeenBatch(b, null)));
    return found;
  }

  /** Records the facility behind a location field; its GLN, or {@code null} when it is not a GLN. */
  private @Nullable String facility(JsonNode field) {
    if (parse(field.asString("")) instanceof Epc.Location location) {
      plan.facilities().add(new GraphEffects.SeenFacility(location.gln(), Countries.ofGln(location.gln())));
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
    plan.facilities().add(new GraphEffects.SeenFacility(gln, Countries.ofGln(gln)));
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
