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
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Finds what a Digital Link identifies, and writes the canonical Digital Link of products and lots on
 * this service's domain: {@code origin.resolver.base-url}, or when that is unset the current request's
 * own scheme, host and port, so that stamps and links work wherever the service runs (behind a proxy
 * as its {@code X-Forwarded-*} headers say, once {@code server.forward-headers-strategy} trusts them).
 *
 * <p>A consumer product variant (AI 22) is kept in the link but does not narrow the lookup: the graph
 * has no variants. An SSCC is not public (a logistic unit's number is PARTY-level, see
 * docs/access.md): for an anonymous caller it identifies nothing, the same answer as an unknown one, so
 * the resolver cannot be used to confirm SSCCs. Thread-safe; one or two database reads per call.
 */
@Service
public class Resolver {

  private final Catalog catalog;
  private final @Nullable String configuredBaseUrl;
  private final ApplicationEventPublisher events;

  Resolver(Catalog catalog, ResolverProperties properties, ApplicationEventPublisher events) {
    this.catalog = catalog;
    this.configuredBaseUrl = properties.baseUrl();
    this.events = events;
  }

  /**
   * Scheme, host and port (and context path) the links of this service start with, without a trailing
   * slash: the configured base URL, else the current HTTP request's.
   *
   * @throws IllegalStateException when none is configured and the current thread serves no request
   */
  public String baseUrl() {
    return baseUrl(null);
  }

  /** {@link #baseUrl()}, with {@code requestBaseUrl} standing in for a request the thread does not hold. */
  String baseUrl(@Nullable String requestBaseUrl) {
    if (configuredBaseUrl != null) {
      return configuredBaseUrl;
    }
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      return requestBaseUrl(attributes.getRequest());
    }
    if (requestBaseUrl != null) {
      return requestBaseUrl;
    }
    throw new IllegalStateException(
        "origin.resolver.base-url is unset and no HTTP request is being served to take the host from; set it");
  }

  /** The scheme, host, port and context path {@code request} arrived on; default ports left out. */
  static String requestBaseUrl(HttpServletRequest request) {
    return ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
  }

  /** What {@code link} identifies; empty when the graph does not know it. */
  public Optional<Resolution> resolve(DigitalLink link) {
    return resolve(link, null);
  }

  /** {@link #resolve(DigitalLink)} with {@link #baseUrl(String)}'s stand-in for the request. */
  Optional<Resolution> resolve(DigitalLink link, @Nullable String requestBaseUrl) {
    Optional<?> item = switch (link.keyType()) {
      case GTIN -> trade(link, requestBaseUrl);
      case GLN -> catalog.facility(link.key());
      case PARTY_GLN -> catalog.organization(link.key());
      case SSCC -> Callers.current().isAnonymous() ? Optional.empty() : catalog.shipmentBySscc(link.key());
      default -> Optional.empty();
    };
    return item.map(found -> new Resolution(link, found));
  }

  /** The canonical Digital Link of {@code product}. */
  public String digitalLink(Product product) {
    return digitalLink(product, null);
  }

  String digitalLink(Product product, @Nullable String requestBaseUrl) {
    return DigitalLink.of(new Gtin(product.gtin())).toUri(baseUrl(requestBaseUrl));
  }

  /** The canonical Digital Link of {@code batch}. */
  public String digitalLink(Batch batch) {
    return digitalLink(batch, null);
  }

  String digitalLink(Batch batch, @Nullable String requestBaseUrl) {
    return DigitalLink.of(new Gtin(batch.gtin()), new Lot(batch.lot())).toUri(baseUrl(requestBaseUrl));
  }

  /** {@code link} on this service's domain. */
  public String uri(DigitalLink link) {
    return link.toUri(baseUrl());
  }

  private Optional<?> trade(DigitalLink link, @Nullable String requestBaseUrl) {
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
    String canonical = link.withoutAttributes().toUri(baseUrl(requestBaseUrl));
    // Counted elsewhere (verification): a cloned serial shows up as one serial scanned very often.
    events.publishEvent(new StampScanned(gtin, link.lot() == null ? null : link.lot().value(), link.serial().value()));
    return Optional.of(new SerializedItem(
        gtin, link.lot() == null ? null : link.lot().value(), link.serial().value(), canonical, product.get(), batch.orElse(null)));
  }
}
