package org.origingraph.provenance;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.origingraph.provenance.internal.CatalogRepository;
import org.origingraph.provenance.internal.WalkNodes;
import graphql.GraphQLContext;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** Shipments' nested fields; ends a provenance answer of the request holds are taken from it. */
@Controller
class ShipmentController {

  private final CatalogRepository repository;

  ShipmentController(CatalogRepository repository) {
    this.repository = repository;
  }

  @BatchMapping
  Map<Shipment, Facility> origin(List<Shipment> shipments, GraphQLContext context) {
    var walks = WalkNodes.in(context);
    return BatchController.walkOrLoad(shipments, s -> s.originGln() != null, s -> walks.facility(s.originGln()),
        missing -> {
          var facilities = repository.facilitiesByGln(glns(missing.stream().map(Shipment::originGln)));
          return BatchController.byKey(missing, s -> facilities.get(s.originGln()));
        });
  }

  @BatchMapping
  Map<Shipment, Facility> destination(List<Shipment> shipments, GraphQLContext context) {
    var walks = WalkNodes.in(context);
    return BatchController.walkOrLoad(shipments, s -> s.destinationGln() != null,
        s -> walks.facility(s.destinationGln()), missing -> {
          var facilities = repository.facilitiesByGln(glns(missing.stream().map(Shipment::destinationGln)));
          return BatchController.byKey(missing, s -> facilities.get(s.destinationGln()));
        });
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
