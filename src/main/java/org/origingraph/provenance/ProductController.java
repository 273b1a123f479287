package org.origingraph.provenance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.origingraph.api.Arguments;
import org.origingraph.api.BadUserInputException;
import org.origingraph.api.Connection;
import org.origingraph.api.PageRequest;
import org.origingraph.gs1.Gtin;
import org.origingraph.i18n.AcceptLanguage;
import org.origingraph.i18n.LocaleRequest;
import org.origingraph.i18n.LocaleTags;
import org.origingraph.i18n.SearchKeys;
import org.origingraph.provenance.internal.CatalogRepository;
import org.origingraph.provenance.internal.Page;
import org.origingraph.provenance.internal.ProductBatchesKey;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Products: lookup, listing and their nested fields. */
@Controller
class ProductController {

  private static final int MAX_TEXT = 200;

  private final Catalog catalog;
  private final CatalogRepository repository;

  ProductController(Catalog catalog, CatalogRepository repository, BatchLoaderRegistry loaders) {
    this.catalog = catalog;
    this.repository = repository;
    // Product.batches has arguments, so @BatchMapping cannot serve it: the key carries the page.
    loaders.<ProductBatchesKey, Connection<Batch>>forName("productBatches")
        .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> pages(repository.batchesOfProducts(keys))));
  }

  @QueryMapping
  Optional<Product> product(@Argument String gtin) {
    return catalog.product(Arguments.parse("gtin", gtin, Gtin::parse).value());
  }

  @QueryMapping
  Connection<Product> products(
      @Argument @Nullable Integer first, @Argument @Nullable String after, @Argument @Nullable Map<String, Object> filter,
      @Argument @Nullable String locale,
      @ContextValue(name = LocaleRequest.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
    return catalog.products(filter(filter, collation(locale, acceptLanguage)), PageRequest.of(first, after));
  }

  @BatchMapping
  Map<Product, Organization> owner(List<Product> products) {
    var owners = repository.organizationsByGln(
        products.stream().map(Product::ownerGln).filter(g -> g != null).distinct().toList());
    Map<Product, Organization> result = new LinkedHashMap<>();
    products.forEach(p -> {
      if (p.ownerGln() != null && owners.containsKey(p.ownerGln())) {
        result.put(p, owners.get(p.ownerGln()));
      }
    });
    return result;
  }

  @BatchMapping
  Map<Product, Boolean> registered(List<Product> products) {
    var placeholders = catalog.placeholders(products.stream().map(Product::gtin).distinct().toList());
    Map<Product, Boolean> result = new LinkedHashMap<>();
    products.forEach(p -> result.put(p, !placeholders.contains(p.gtin())));
    return result;
  }

  @SchemaMapping
  CompletableFuture<Connection<Batch>> batches(
      Product product, @Argument @Nullable Integer first, @Argument @Nullable String after,
      DataLoader<ProductBatchesKey, Connection<Batch>> productBatches) {
    return productBatches.load(new ProductBatchesKey(product.gtin(), PageRequest.of(first, after)));
  }

  private static Map<ProductBatchesKey, Connection<Batch>> pages(Map<ProductBatchesKey, Page<Batch>> pages) {
    Map<ProductBatchesKey, Connection<Batch>> result = new LinkedHashMap<>();
    pages.forEach((key, page) -> result.put(key, Connection.of(page.rows(), key.page(), page.total())));
    return result;
  }

  private static ProductFilter filter(@Nullable Map<String, Object> filter, String collation) {
    if (filter == null) {
      return ProductFilter.NONE;
    }
    Object group = filter.get("group");
    Object country = filter.get("country");
    return new ProductFilter(
        group == null ? null : ProductGroup.valueOf(group.toString()),
        country == null ? null : ProductionLog.country("filter.country", country.toString()),
        text(filter.get("text")), collation);
  }

  private static @Nullable List<String> text(@Nullable Object text) {
    if (text == null) {
      return null;
    }
    if (text.toString().length() > MAX_TEXT) {
      throw new BadUserInputException("filter.text", "filter.text must have at most " + MAX_TEXT + " characters");
    }
    List<String> terms = SearchKeys.terms(text.toString());
    if (terms.isEmpty()) {
      throw new BadUserInputException("filter.text", "filter.text must contain a letter or digit");
    }
    return terms;
  }

  /** Results of a text search are sorted the way the reader's language sorts: locale, else Accept-Language, else Vietnamese. */
  private static String collation(@Nullable String locale, @Nullable String acceptLanguage) {
    if (locale != null) {
      return LocaleTags.tag(LocaleTags.explicit("locale", locale));
    }
    return AcceptLanguage.parse(acceptLanguage).flatMap(h -> h.preferred().stream().findFirst())
        .map(LocaleTags::tag).orElse("vi");
  }
}
