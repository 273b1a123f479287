package org.origingraph.story;

import org.jspecify.annotations.Nullable;

/**
 * A translation to add or change.
 *
 * @param subjectId global id of the product, facility or batch the story is about
 * @param kind which of its stories
 * @param locale BCP 47 tag of the translation
 * @param title its title
 * @param body its text
 * @param translatedBy who wrote it; HUMAN when omitted
 * @param reviewed whether a person reviewed it; false when omitted
 */
public record TranslationInput(
    String subjectId, StoryKind kind, String locale, String title, String body,
    @Nullable TranslatorKind translatedBy, @Nullable Boolean reviewed) {}
