package org.origingraph.story.internal;

import java.util.List;

import org.origingraph.i18n.LocaleRequest;
import org.origingraph.i18n.Messages;
import org.origingraph.provenance.Certificate;
import org.origingraph.provenance.Facility;
import org.origingraph.provenance.Organization;
import org.origingraph.provenance.Product;
import org.origingraph.provenance.Provenance;
import org.origingraph.provenance.ProvenanceEdge;
import org.origingraph.provenance.Shipment;
import org.origingraph.story.LocalizedStory;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * A localized label beside each enum field of the provenance types, so a page needs no second
 * lookup. Read from the bundles in memory: no database access, so no N+1.
 */
@Controller
class EnumLabelController {

  private final Messages messages;

  EnumLabelController(Messages messages) {
    this.messages = messages;
  }

  @SchemaMapping(typeName = "Product")
  String groupLabel(Product product, @Argument @Nullable String locale,
      @ContextValue(name = LocaleRequest.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
    return label("group." + product.group().name(), locale, acceptLanguage);
  }

  @SchemaMapping(typeName = "Facility")
  String typeLabel(Facility facility, @Argument @Nullable String locale,
      @ContextValue(name = LocaleRequest.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
    return label("facilityType." + facility.type(), locale, acceptLanguage);
  }

  @SchemaMapping(typeName = "Organization")
  List<String> roleLabels(Organization organization, @Argument @Nullable String locale,
      @ContextValue(name = LocaleRequest.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
    return organization.roles().stream().map(role -> label("organizationRole." + role, locale, acceptLanguage)).toList();
  }

  @SchemaMapping(typeName = "Shipment")
  @Nullable String transportModeLabel(Shipment shipment, @Argument @Nullable String locale,
      @ContextValue(name = LocaleRequest.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
    String mode = shipment.transportMode();
    return mode == null ? null : label("transportMode." + mode, locale, acceptLanguage);
  }

  @SchemaMapping(typeName = "Certificate")
  String statusLabel(Certificate certificate, @Argument @Nullable String locale,
      @ContextValue(name = LocaleRequest.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
    return label("certificateStatus." + certificate.status().name(), locale, acceptLanguage);
  }

  @SchemaMapping(typeName = "ProvenanceEdge")
  String kindLabel(ProvenanceEdge edge, @Argument @Nullable String locale,
      @ContextValue(name = LocaleRequest.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
    return label("relation." + edge.kind().name(), locale, acceptLanguage);
  }

  @SchemaMapping(typeName = "Provenance")
  String directionLabel(Provenance provenance, @Argument @Nullable String locale,
      @ContextValue(name = LocaleRequest.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
    return label("traceDirection." + provenance.direction().name(), locale, acceptLanguage);
  }

  /** In the story's own served language, so that heading and text never disagree. */
  @SchemaMapping(typeName = "LocalizedStory", field = "kindLabel")
  String storyKindLabel(LocalizedStory story) {
    return label("storyKind." + story.kind().name(), story.locale(), null);
  }

  private String label(String key, @Nullable String locale, @Nullable String acceptLanguage) {
    return messages.text(key, messages.negotiate(LocaleRequest.of("locale", locale, acceptLanguage)).locale());
  }
}
