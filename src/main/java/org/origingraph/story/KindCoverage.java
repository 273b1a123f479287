package org.origingraph.story;

import java.util.List;

/**
 * How far one kind of story is translated for one subject.
 *
 * @param kind the story kind
 * @param availableLocales locales it is translated into; empty when the story does not exist
 * @param missingLocales target locales whose readers would get a fallback
 */
public record KindCoverage(StoryKind kind, List<String> availableLocales, List<String> missingLocales) {

  public KindCoverage {
    availableLocales = List.copyOf(availableLocales);
    missingLocales = List.copyOf(missingLocales);
  }
}
