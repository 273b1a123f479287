package com.acme.app.resolver;

import java.util.Optional;

import com.acme.app.api.Arguments;
import com.acme.app.gs1.DigitalLink;
import com.acme.app.gs1.EpcUrn;
import com.acme.app.provenance.Batch;
import com.acme.app.provenance.Product;
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
