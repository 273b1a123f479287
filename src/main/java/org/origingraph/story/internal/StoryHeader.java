package org.origingraph.story.internal;

import java.util.List;

import org.origingraph.story.StoryKind;
import org.origingraph.story.Subject;

/**
 * A story without its texts: enough to negotiate which translation a reader gets.
 *
 * @param uid the story's key
 * @param subject what it is about
 * @param kind what it tells
 * @param sourceLocale the language it was written in
 * @param locales the locales it has translations in, sorted
 */
public record StoryHeader(String uid, Subject subject, StoryKind kind, String sourceLocale, List<String> locales) {

  public StoryHeader {
    locales = List.copyOf(locales);
  }
}
