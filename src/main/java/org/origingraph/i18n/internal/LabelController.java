package org.origingraph.i18n.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.origingraph.api.BadUserInputException;
import org.origingraph.i18n.FormattedMeasure;
import org.origingraph.i18n.Formats;
import org.origingraph.i18n.LabelSet;
import org.origingraph.i18n.LabelSet.Label;
import org.origingraph.i18n.LocaleRequest;
import org.origingraph.i18n.Messages;
import org.origingraph.i18n.Negotiation;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Label bundles and server-side formatting for front-ends. */
@Controller
class LabelController {

  private static final int MAX_KEYS = 500;

  private final Messages messages;
  private final Formats formats;

  LabelController(Messages messages, Formats formats) {
    this.messages = messages;
    this.formats = formats;
  }

  @QueryMapping
  LabelSet labels(@Argument @Nullable String locale, @Argument @Nullable List<String> keys,
      @ContextValue(name = LocaleRequest.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
    if (keys != null && keys.size() > MAX_KEYS) {
      throw new BadUserInputException("keys", "keys: at most " + MAX_KEYS + " keys per query");
    }
    Negotiation negotiation = messages.negotiate(LocaleRequest.of("locale", locale, acceptLanguage));
    Map<String, String> bundle = messages.bundle(negotiation.locale());
    List<Label> labels = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    if (keys == null) {
      bundle.forEach((k, v) -> labels.add(label(k, v)));
    } else {
      for (String key : keys.stream().distinct().toList()) {
        // A key ending in '.' asks for a whole group, e.g. "group." for every product group.
        List<Label> found = bundle.entrySet().stream()
            .filter(e -> key.endsWith(".") ? e.getKey().startsWith(key) : e.getKey().equals(key))
            .map(e -> label(e.getKey(), e.getValue())).toList();
        if (found.isEmpty()) {
          unknown.add(key);
        }
        labels.addAll(found);
      }
    }
    return new LabelSet(negotiation, labels.stream().distinct().sorted((a, b) -> a.key().compareTo(b.key())).toList(), unknown);
  }

  @SchemaMapping(typeName = "LabelSet")
  String locale(LabelSet set) {
    return set.negotiation().locale();
  }

  @SchemaMapping(typeName = "LabelSet")
  @Nullable String requestedLocale(LabelSet set) {
    return set.negotiation().requestedLocale();
  }

  @SchemaMapping(typeName = "LabelSet")
  boolean fallback(LabelSet set) {
    return set.negotiation().fallback();
  }

  @SchemaMapping(typeName = "LabelSet")
  String direction(LabelSet set) {
    return set.negotiation().direction().name();
  }

  @SchemaMapping(typeName = "LabelSet")
  List<String> availableLocales(LabelSet set) {
    return set.negotiation().availableLocales();
  }

  @QueryMapping
  FormattedMeasure measure(@Argument double value, @Argument String kind, @Argument @Nullable String unit,
      @Argument @Nullable String locale,
      @ContextValue(name = LocaleRequest.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
    if (!Double.isFinite(value)) {
      throw new BadUserInputException("value", "value must be a finite number");
    }
    String tag = messages.negotiate(LocaleRequest.of("locale", locale, acceptLanguage)).locale();
    return switch (kind) {
      case "TEMPERATURE" -> formats.temperature(value, tag);
      case "DISTANCE" -> formats.distance(value, tag);
      case "DURATION" -> formats.duration(value, tag);
      default -> {
        if (unit == null || !unit.matches("[A-Z0-9]{1,3}")) {
          throw new BadUserInputException("unit", "unit: a QUANTITY needs a UN/ECE Recommendation 20 code such as KGM");
        }
        yield formats.quantity(value, unit, tag);
      }
    };
  }

  private static Label label(String key, String text) {
    return new Label(key, text, text.indexOf('{') >= 0);
  }
}
