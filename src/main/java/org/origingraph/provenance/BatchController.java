package org.origingraph.provenance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.origingraph.api.Arguments;
import org.origingraph.gs1.Gtin;
import org.origingraph.gs1.Lot;
import org.origingraph.provenance.internal.CatalogRepository;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Batches: lookup and nested fields, each nested field loaded for all batches of a level at once. */
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
  Map<Batch, Product> product(List<Batch> batches) {
    var products = repository.productsByGtin(batches.stream().map(Batch::gtin).distinct().toList());
    return byKey(batches, b -> products.get(b.gtin()));
  }

  @BatchMapping
  Map<Batch, Facility> facility(List<Batch> batches) {
    var facilities = repository.facilitiesByGln(
        batches.stream().map(Batch::facilityGln).filter(g -> g != null).distinct().toList());
    return byKey(batches, b -> b.facilityGln() == null ? null : facilities.get(b.facilityGln()));
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
  Map<Batch, List<Certificate>> certificates(List<Batch> batches) {
    var certificates = repository.certificatesOfBatches(keys(batches));
    // Judged on the batch's own production day: did the certificate cover this lot?
    return byKey(batches, b -> certificates.getOrDefault(b.key(), List.<Certificate>of()).stream()
        .map(c -> c.on(b.producedAt() == null ? null : b.producedAt().toLocalDate())).toList());
  }

  private static List<BatchKey> keys(List<Batch> batches) {
    return batches.stream().map(Batch::key).distinct().toList();
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
