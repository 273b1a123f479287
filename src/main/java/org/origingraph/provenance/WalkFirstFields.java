package org.origingraph.provenance;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.origingraph.provenance.internal.CatalogRepository;
import org.origingraph.provenance.internal.WalkNodes;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The to-one fields that every node of a provenance answer has ({@code Batch.product},
 * {@code Batch.facility}, {@code Shipment.origin}, {@code Shipment.destination},
 * {@code Facility.operator}), answered at once from the request's walks ({@link WalkNodes}) and
 * batch-loaded otherwise.
 *
 * <p>These fields are wired by hand rather than with {@code @BatchMapping} because a batch mapping
 * goes through the DataLoader for every source, a future and a dispatch per field even when the
 * answer is already in memory: some 750 of them in the benchmark's full selection. Here a walk's
 * node gets its object synchronously, and only a node no walk holds (a batch fetched alone, a node
 * cut off by the node budget) is loaded, for all such sources of a level in one statement. Thread-safe.
 */
@Component
class WalkFirstFields implements RuntimeWiringConfigurer {

  WalkFirstFields(CatalogRepository repository, BatchLoaderRegistry loaders) {
    register(loaders, "Batch.product", (List<Batch> batches) -> {
      var products = repository.productsByGtin(batches.stream().map(Batch::gtin).distinct().toList());
      return BatchController.byKey(batches, b -> products.get(b.gtin()));
    });
    register(loaders, "Batch.facility", (List<Batch> batches) -> {
      var facilities = repository.facilitiesByGln(batches.stream().map(Batch::facilityGln).distinct().toList());
      return BatchController.byKey(batches, b -> facilities.get(b.facilityGln()));
    });
    register(loaders, "Shipment.origin", (List<Shipment> shipments) -> {
      var facilities = repository.facilitiesByGln(shipments.stream().map(Shipment::originGln).distinct().toList());
      return BatchController.byKey(shipments, s -> facilities.get(s.originGln()));
    });
    register(loaders, "Shipment.destination", (List<Shipment> shipments) -> {
      var facilities = repository.facilitiesByGln(shipments.stream().map(Shipment::destinationGln).distinct().toList());
      return BatchController.byKey(shipments, s -> facilities.get(s.destinationGln()));
    });
    register(loaders, "Facility.operator", (List<Facility> facilities) -> {
      var operators = repository.organizationsByGln(facilities.stream().map(Facility::operatorGln).distinct().toList());
      return BatchController.byKey(facilities, f -> operators.get(f.operatorGln()));
    });
  }

  @Override
  public void configure(RuntimeWiring.Builder wiring) {
    wiring.type("Batch", fields -> fields
        .dataFetcher("product", walkFirst("Batch.product", (Batch b) -> true, (walks, b) -> walks.product(b.gtin())))
        .dataFetcher("facility", walkFirst("Batch.facility", (Batch b) -> b.facilityGln() != null,
            (walks, b) -> walks.facility(b.facilityGln()))));
    wiring.type("Shipment", fields -> fields
        .dataFetcher("origin", walkFirst("Shipment.origin", (Shipment s) -> s.originGln() != null,
            (walks, s) -> walks.facility(s.originGln())))
        .dataFetcher("destination", walkFirst("Shipment.destination", (Shipment s) -> s.destinationGln() != null,
            (walks, s) -> walks.facility(s.destinationGln()))));
    wiring.type("Facility", fields -> fields
        .dataFetcher("operator", walkFirst("Facility.operator", (Facility f) -> f.operatorGln() != null,
            (walks, f) -> walks.organization(f.operatorGln()))));
  }

  private static <K, V> void register(BatchLoaderRegistry loaders, String name, Function<List<K>, Map<K, V>> load) {
    loaders.<K, V>forName(name).registerMappedBatchLoader(
        (Set<K> keys, org.dataloader.BatchLoaderEnvironment env) -> Mono.fromSupplier(() -> load.apply(List.copyOf(keys))));
  }

  /**
   * Null when the source refers to nothing, the walk's object when a walk of the request holds it,
   * else a load through {@code loader}.
   */
  private static <S, V> DataFetcher<@Nullable Object> walkFirst(
      String loader, Predicate<S> refers, BiFunction<WalkNodes.Lookup, S, @Nullable V> fromWalk) {
    return env -> {
      S source = env.getSource();
      if (source == null || !refers.test(source)) {
        return null;
      }
      V value = fromWalk.apply(WalkNodes.in(env.getGraphQlContext()), source);
      if (value != null) {
        return value;
      }
      DataLoader<S, V> load = env.getDataLoader(loader);
      if (load == null) {
        throw new IllegalStateException("no batch loader " + loader);
      }
      return load.load(source);
    };
  }
}
