package org.origingraph.story.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.origingraph.gs1.ApplicationIdentifier;
import org.origingraph.gs1.DigitalLink;
import org.origingraph.resolver.ContentLanguages;
import org.origingraph.story.Stories;
import org.origingraph.story.Subject;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The resolver's languages for an item are the languages its stories exist in: a product's and, for a
 * lot, the lot's own; a location's for a facility GLN. So a Japanese phone is sent to a Japanese page
 * only when there is Japanese to read, and the linkset lists exactly the languages a reader can get.
 *
 * <p>Ordered like the portal's configured languages (its first, the default, is the source language
 * of most content); languages outside that list follow. An item without stories gets the portal's
 * languages, because the consumer page still shows its provenance with localized labels.
 */
@Component
@Primary
class StoryContentLanguages implements ContentLanguages {

  private final Stories stories;
  private final List<String> portalLanguages;

  StoryContentLanguages(Stories stories, Environment environment) {
    this.stories = stories;
    // The resolver owns this setting; bound the same way so YAML lists and comma lists both work.
    this.portalLanguages = Binder.get(environment)
        .bind("origin.resolver.languages", Bindable.listOf(String.class)).orElse(List.of("vi", "en"));
  }

  @Override
  public List<Locale> languagesFor(DigitalLink item) {
    List<Subject> subjects = subjects(item);
    Set<String> available = subjects.isEmpty() ? Set.of() : stories.availableLocales(subjects);
    if (available.isEmpty()) {
      return portalLanguages.stream().map(Locale::forLanguageTag).toList();
    }
    List<String> ordered = new ArrayList<>();
    portalLanguages.stream().filter(available::contains).forEach(ordered::add);
    available.stream().filter(tag -> !ordered.contains(tag)).sorted().forEach(ordered::add);
    return ordered.stream().map(Locale::forLanguageTag).toList();
  }

  private static List<Subject> subjects(DigitalLink item) {
    if (item.keyType() == ApplicationIdentifier.GTIN) {
      var product = new Subject("Product", item.key());
      return item.lot() == null ? List.of(product) : List.of(product, new Subject("Batch", item.key() + ":" + item.lot().value()));
    }
    if (item.keyType() == ApplicationIdentifier.GLN) {
      return List.of(new Subject("Facility", item.key()));
    }
    return List.of();
  }
}
