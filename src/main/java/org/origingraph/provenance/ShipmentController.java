package org.origingraph.provenance;

import java.util.List;
import java.util.Map;

import org.origingraph.provenance.internal.CatalogRepository;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** Shipments' nested fields; {@code origin} and {@code destination} are wired by {@link WalkFirstFields}. */
@Controller
class ShipmentController {

  private final CatalogRepository repository;

  ShipmentController(CatalogRepository repository) {
    this.repository = repository;
  }

  @BatchMapping
  Map<Shipment, List<ShipmentItem>> items(List<Shipment> shipments) {
    var items = repository.itemsOf(shipments.stream().map(Shipment::reference).distinct().toList());
    return BatchController.byKey(shipments, s -> items.getOrDefault(s.reference(), List.of()));
  }
}
