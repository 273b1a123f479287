package org.origingraph.verification.internal;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.origingraph.api.Connection;
import org.origingraph.api.PageRequest;
import org.origingraph.i18n.LocaleRequest;
import org.origingraph.provenance.Catalog;
import org.origingraph.provenance.Organization;
import org.origingraph.security.Callers;
import org.origingraph.verification.Warning;
import org.origingraph.verification.WarningKind;
import org.origingraph.verification.Warnings;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** {@code Query.warnings}, {@code Subscription.warnings} and a warning's message and organisation. */
@Controller
class WarningController {

  private final Warnings warnings;
  private final Catalog catalog;
  private final Texts texts;

  WarningController(Warnings warnings, Catalog catalog, Texts texts) {
    this.warnings = warnings;
    this.catalog = catalog;
    this.texts = texts;
  }

  @QueryMapping(name = "warnings")
  Connection<Warning> warningPage(@Argument @Nullable Integer first, @Argument @Nullable String after,
      @Argument @Nullable List<WarningKind> kinds, @Argument @Nullable OffsetDateTime since) {
    return warnings.page(Callers.current(), kinds(kinds), since, PageRequest.of(first, after));
  }

  @SubscriptionMapping(name = "warnings")
  Flux<Warning> warningStream(@Argument @Nullable List<WarningKind> kinds) {
    return warnings.stream(Callers.current(), kinds(kinds));
  }

  @SchemaMapping(typeName = "Warning")
  String message(Warning warning, @Argument @Nullable String locale,
      @ContextValue(name = LocaleRequest.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
    String tag = texts.locale(locale, acceptLanguage);
    if (warning.finding() != null) {
      String inner = texts.format(warning.finding().messageKey(), warning.finding().arguments(), tag);
      return texts.format(warning.messageKey(), Map.of("message", inner), tag);
    }
    return texts.format(warning.messageKey(), warning.arguments(), tag);
  }

  @BatchMapping(typeName = "Warning")
  Map<Warning, Organization> organization(List<Warning> page) {
    var organizations = catalog.organizations(page.stream().map(Warning::organizationGln).filter(Objects::nonNull).distinct().toList());
    Map<Warning, Organization> result = new LinkedHashMap<>();
    for (Warning w : page) {
      Organization o = w.organizationGln() == null ? null : organizations.get(w.organizationGln());
      if (o != null) {
        result.put(w, o);
      }
    }
    return result;
  }

  private static Set<WarningKind> kinds(@Nullable List<WarningKind> kinds) {
    return kinds == null || kinds.isEmpty() ? EnumSet.noneOf(WarningKind.class) : EnumSet.copyOf(kinds);
  }
}
