package org.origingraph.resolver;

import java.util.Optional;

import org.origingraph.api.Arguments;
import org.origingraph.gs1.DigitalLink;
import org.origingraph.gs1.EpcUrn;
import org.origingraph.provenance.Batch;
import org.origingraph.provenance.Product;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL {@code resolve} and the {@code digitalLink} fields. The fields are computed from the
 * parent's keys without a database read, so they need no batch loading.
 */
@Controller
class ResolverGraphQlController {

  private final Resolver resolver;

  ResolverGraphQlController(Resolver resolver) {
    this.resolver = resolver;
  }

  @QueryMapping
  Optional<Object> resolve(
      @Argument String digitalLink, @ContextValue(name = BaseUrlInterceptor.BASE_URL, required = false) @Nullable String base) {
    // EPCIS events name things by EPC URN; accepting those too saves clients a conversion.
    DigitalLink link = Arguments.parse("digitalLink", digitalLink,
        text -> text.strip().startsWith("urn:") ? EpcUrn.parse(text).link() : DigitalLink.parse(text));
    return resolver.resolve(link, base).map(Resolution::item);
  }

  @SchemaMapping(typeName = "Product", field = "digitalLink")
  String productDigitalLink(Product product, @ContextValue(name = BaseUrlInterceptor.BASE_URL, required = false) @Nullable String base) {
    return resolver.digitalLink(product, base);
  }

  @SchemaMapping(typeName = "Batch", field = "digitalLink")
  String batchDigitalLink(Batch batch, @ContextValue(name = BaseUrlInterceptor.BASE_URL, required = false) @Nullable String base) {
    return resolver.digitalLink(batch, base);
  }
}
