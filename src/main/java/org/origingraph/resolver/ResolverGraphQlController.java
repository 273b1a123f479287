package org.origingraph.resolver;

import java.util.Optional;

import org.origingraph.api.Arguments;
import org.origingraph.gs1.DigitalLink;
import org.origingraph.gs1.EpcUrn;
import org.origingraph.provenance.Batch;
import org.origingraph.provenance.Product;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
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
  Optional<Object> resolve(@Argument String digitalLink) {
    // EPCIS events name things by EPC URN; accepting those too saves clients a conversion.
    DigitalLink link = Arguments.parse("digitalLink", digitalLink,
        text -> text.strip().startsWith("urn:") ? EpcUrn.parse(text).link() : DigitalLink.parse(text));
    return resolver.resolve(link).map(Resolution::item);
  }

  @SchemaMapping(typeName = "Product", field = "digitalLink")
  String productDigitalLink(Product product) {
    return resolver.digitalLink(product);
  }

  @SchemaMapping(typeName = "Batch", field = "digitalLink")
  String batchDigitalLink(Batch batch) {
    return resolver.digitalLink(batch);
  }
}
