package org.origingraph.story.internal;

import java.time.OffsetDateTime;

import org.origingraph.story.TranslatorKind;
import org.jspecify.annotations.Nullable;

/**
 * One translation of a story.
 *
 * @param title its title
 * @param body its text
 * @param translatedBy who wrote it
 * @param reviewed whether a person reviewed it
 * @param updatedAt when it last changed
 */
public record StoryText(
    String title, String body, TranslatorKind translatedBy, boolean reviewed, @Nullable OffsetDateTime updatedAt) {

  /**
   * Identifies one translation: a story and a locale.
   *
   * @param storyUid the story
   * @param locale the translation's tag
   */
  public record Key(String storyUid, String locale) {}
}
