package org.origingraph.resolver;

import java.util.List;
import java.util.Locale;

import org.origingraph.gs1.DigitalLink;

/** The default {@link ContentLanguages}: the portal's configured languages, the same for every item. */
final class ConfiguredContentLanguages implements ContentLanguages {

  private final List<Locale> languages;

  ConfiguredContentLanguages(List<String> languageTags) {
    if (languageTags.isEmpty()) {
      throw new IllegalArgumentException("origin.resolver.languages must name at least one language");
    }
    this.languages = languageTags.stream().map(Locale::forLanguageTag).toList();
  }

  @Override
  public List<Locale> languagesFor(DigitalLink item) {
    return languages;
  }
}
