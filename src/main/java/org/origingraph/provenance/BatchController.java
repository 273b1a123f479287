package org.origingraph.provenance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.origingraph.api.Arguments;
import org.origingraph.gs1.Gtin;
import org.origingraph.gs1.Lot;
import org.origingraph.provenance.internal.CatalogRepository;
import org.origingraph.provenance.internal.WalkNodes;
import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Batches: lookup and nested fields, each nested field loaded for all batches of a level at once. What a
 * provenance answer of the same request already holds is taken from it ({@link WalkNodes}), so nodes
 * inside a provenance answer cost no further statement; {@code product} and {@code facility} are
 * wired by {@link WalkFirstFields}.
 */
@Controller
class BatchController {

  private final Catalog catalog;
  private final CatalogRepository repository;

  BatchController(Catalog catalog, CatalogRepository repository) {
    this.catalog = catalog;
    this.repository = repository;
  }

  @QueryMapping
  Optional<Batch> batch(@Argument String gtin, @Argument String lot) {
    return catalog.batch(new BatchKey(
        Arguments.parse("gtin", gtin, Gtin::parse).value(), Arguments.parse("lot", lot, Lot::parse).value()));
  }

  @BatchMapping
  Map<Batch, List<BatchInput>> inputs(List<Batch> batches) {
    var inputs = repository.inputsOf(keys(batches));
    return byKey(batches, b -> inputs.getOrDefault(b.key(), List.of()));
  }

  @BatchMapping
  Map<Batch, List<Shipment>> shipments(List<Batch> batches) {
    var shipments = repository.shipmentsOf(keys(batches));
    return byKey(batches, b -> shipments.getOrDefault(b.key(), List.of()));
  }

  @BatchMapping
  Map<Batch, List<Certificate>> certificates(List<Batch> batches, GraphQLContext context) {
    var walks = WalkNodes.in(context);
    Map<Batch, List<Certificate>> found = walkOrLoad(batches, b -> true, b -> walks.isEmpty() ? null : walks.certificates(b.id()), missing -> {
      var certificates = repository.certificatesOfBatches(keys(missing));
      return byKey(missing, b -> certificates.getOrDefault(b.key(), List.of()));
    });
    // Judged on the batch's own production day: did the certificate cover this lot?
    Map<Batch, List<Certificate>> dated = new java.util.LinkedHashMap<>();
    found.forEach((b, list) -> dated.put(b, list.stream()
        .map(c -> c.on(b.producedAt() == null ? null : b.producedAt().toLocalDate())).toList()));
    return dated;
  }

  private static List<BatchKey> keys(List<Batch> batches) {
    return batches.stream().map(Batch::key).distinct().toList();
  }

  /**
   * For each key that refers to something ({@code refers}), the value a walk of the request holds, and
   * one bulk read ({@code load}) for the rest; no read at all when the walks hold everything.
   */
  static <K, V> Map<K, V> walkOrLoad(List<K> keys, Predicate<K> refers, Function<K, @Nullable V> fromWalk,
      Function<List<K>, Map<K, V>> load) {
    Map<K, V> result = new LinkedHashMap<>();
    List<K> missing = new ArrayList<>();
    for (K key : keys) {
      if (!refers.test(key)) {
        continue;
      }
      V value = fromWalk.apply(key);
      if (value != null) {
        result.put(key, value);
      } else {
        missing.add(key);
      }
    }
    if (!missing.isEmpty()) {
      result.putAll(load.apply(missing));
    }
    return result;
  }

  static <K, V> Map<K, V> byKey(List<K> keys, Function<K, V> value) {
    Map<K, V> result = new LinkedHashMap<>();
    for (K key : keys) {
      V v = value.apply(key);
      if (v != null) {
        result.put(key, v);
      }
    }
    return result;
  }
}
