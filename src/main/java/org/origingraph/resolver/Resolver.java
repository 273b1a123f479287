package org.origingraph.resolver;

import java.util.Optional;

import org.origingraph.gs1.DigitalLink;
import org.origingraph.gs1.Gtin;
import org.origingraph.gs1.Lot;
import org.origingraph.provenance.Batch;
import org.origingraph.provenance.BatchKey;
import org.origingraph.provenance.Catalog;
import org.origingraph.provenance.Product;
import org.origingraph.security.Callers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Finds what a Digital Link identifies, and writes the canonical Digital Link of products and lots on
 * this service's domain ({@code origin.resolver.base-url}).
 *
 * <p>A consumer product variant (AI 22) is kept in the link but does not narrow the lookup: the graph
 * has no variants. An SSCC is not public (a logistic unit's number is PARTY-level, see
 * docs/access.md): for an anonymous caller it identifies nothing, the same answer as an unknown one, so
 * the resolver cannot be used to confirm SSCCs. Thread-safe; one or two database reads per call.
 */
@Service
public class Resolver {

  private final Catalog catalog;
  private final String baseUrl;
  private final ApplicationEventPublisher events;

  Resolver(Catalog catalog, ResolverProperties properties, ApplicationEventPublisher events) {
    this.catalog = catalog;
    this.baseUrl = properties.baseUrl();
    this.events = events;
  }

  /** What {@code link} identifies; empty when the graph does not know it. */
  public Optional<Resolution> resolve(DigitalLink link) {
    Optional<?> item = switch (link.keyType()) {
      case GTIN -> trade(link);
      case GLN -> catalog.facility(link.key());
      case PARTY_GLN -> catalog.organization(link.key());
      case SSCC -> Callers.current().isAnonymous() ? Optional.empty() : catalog.shipmentBySscc(link.key());
      default -> Optional.empty();
    };
    return item.map(found -> new Resolution(link, found));
  }

  /** The canonical Digital Link of {@code product}. */
  public String digitalLink(Product product) {
    return DigitalLink.of(new Gtin(product.gtin())).toUri(baseUrl);
  }

  /** The canonical Digital Link of {@code batch}. */
  public String digitalLink(Batch batch) {
    return DigitalLink.of(new Gtin(batch.gtin()), new Lot(batch.lot())).toUri(baseUrl);
  }

  /** {@code link} on this service's domain. */
  public String uri(DigitalLink link) {
    return link.toUri(baseUrl);
  }

  private Optional<?> trade(DigitalLink link) {
    String gtin = link.key();
    Optional<Product> product = catalog.product(gtin);
    if (product.isEmpty()) {
      return Optional.empty();
    }
    Optional<Batch> batch = link.lot() == null ? Optional.empty() : catalog.batch(new BatchKey(gtin, link.lot().value()));
    if (link.lot() != null && batch.isEmpty()) {
      return Optional.empty();
    }
    if (link.serial() == null) {
      return batch.isPresent() ? batch : product;
    }
    String canonical = link.withoutAttributes().toUri(baseUrl);
    // Counted elsewhere (verification): a cloned serial shows up as one serial scanned very often.
    events.publishEvent(new StampScanned(gtin, link.lot() == null ? null : link.lot().value(), link.serial().value()));
    return Optional.of(new SerializedItem(
        gtin, link.lot() == null ? null : link.lot().value(), link.serial().value(), canonical, product.get(), batch.orElse(null)));
  }
}
