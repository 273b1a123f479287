package org.origingraph.story.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.origingraph.api.BadUserInputException;
import org.origingraph.api.Connection;
import org.origingraph.api.PageRequest;
import org.origingraph.i18n.LocaleTags;
import org.origingraph.i18n.Messages;
import org.origingraph.provenance.Catalog;
import org.origingraph.provenance.Product;
import org.origingraph.provenance.ProductFilter;
import org.origingraph.story.KindCoverage;
import org.origingraph.story.LocalizedStory;
import org.origingraph.story.ProductCoverage;
import org.origingraph.story.Stories;
import org.origingraph.story.StoryKind;
import org.origingraph.story.Subject;
import org.origingraph.story.TranslationInput;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Producers' side of stories: what is missing, and adding translations. */
@Controller
class TranslationController {

  private static final int MAX_LOCALES = 50;

  private final Stories stories;
  private final Catalog catalog;
  private final Messages messages;
  private final StoryWriteScope scope;

  TranslationController(Stories stories, Catalog catalog, Messages messages, StoryWriteScope scope) {
    this.stories = stories;
    this.catalog = catalog;
    this.messages = messages;
    this.scope = scope;
  }

  @MutationMapping
  Map<String, LocalizedStory> upsertStoryTranslation(@Argument TranslationInput input) {
    scope.check(input.subjectId());
    return Map.of("story", stories.upsertTranslation(input));
  }

  @QueryMapping
  Connection<ProductCoverage> translationCoverage(
      @Argument @Nullable Integer first, @Argument @Nullable String after, @Argument @Nullable List<String> locales) {
    List<String> targets = targets(locales);
    Connection<Product> products = catalog.products(ProductFilter.NONE, PageRequest.of(first, after));
    List<Subject> subjects = products.edges().stream().map(e -> Subject.of(e.node())).toList();
    Map<Subject, List<KindCoverage>> coverage = stories.coverage(subjects, targets, EnumSet.of(StoryKind.ORIGIN));
    return products.map(p -> new ProductCoverage(p, coverage.getOrDefault(Subject.of(p), List.of())));
  }

  private List<String> targets(@Nullable List<String> locales) {
    if (locales == null) {
      return List.copyOf(messages.locales());
    }
    if (locales.isEmpty() || locales.size() > MAX_LOCALES) {
      throw new BadUserInputException("locales", "locales: give 1 to " + MAX_LOCALES + " language tags");
    }
    List<String> tags = new ArrayList<>();
    for (String locale : locales) {
      tags.add(LocaleTags.tag(LocaleTags.explicit("locales", locale)));
    }
    return tags.stream().distinct().toList();
  }
}
