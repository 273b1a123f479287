package org.origingraph.provenance;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.origingraph.provenance.internal.CatalogRepository;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** Shipments' nested fields. */
@Controller
class ShipmentController {

  private final CatalogRepository repository;

  ShipmentController(CatalogRepository repository) {
    this.repository = repository;
  }

  @BatchMapping
  Map<Shipment, Facility> origin(List<Shipment> shipments) {
    var facilities = repository.facilitiesByGln(glns(shipments.stream().map(Shipment::originGln)));
    return BatchController.byKey(shipments, s -> s.originGln() == null ? null : facilities.get(s.originGln()));
  }

  @BatchMapping
  Map<Shipment, Facility> destination(List<Shipment> shipments) {
    var facilities = repository.facilitiesByGln(glns(shipments.stream().map(Shipment::destinationGln)));
    return BatchController.byKey(shipments, s -> s.destinationGln() == null ? null : facilities.get(s.destinationGln()));
  }

  @BatchMapping
  Map<Shipment, List<ShipmentItem>> items(List<Shipment> shipments) {
    var items = repository.itemsOf(shipments.stream().map(Shipment::reference).distinct().toList());
    return BatchController.byKey(shipments, s -> items.getOrDefault(s.reference(), List.of()));
  }

  private static List<String> glns(Stream<String> glns) {
    return glns.filter(g -> g != null).distinct().toList();
  }
}
