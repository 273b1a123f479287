package org.origingraph.story;

import java.time.OffsetDateTime;
import java.util.List;

import org.origingraph.i18n.TextDirection;
import org.jspecify.annotations.Nullable;

/**
 * One story as one reader gets it: the best translation for their language, and why.
 *
 * @param kind what the story tells
 * @param title the served translation's title
 * @param body the served translation's text
 * @param locale BCP 47 tag of the translation served
 * @param requestedLocale what the reader asked for first; {@code null} when nothing usable
 * @param fallback whether the reader's languages were all unavailable
 * @param direction text direction of {@code locale}
 * @param availableLocales every locale the story is translated into, sorted
 * @param sourceLocale the language the story was written in
 * @param translatedBy who wrote the served translation
 * @param reviewed whether a person reviewed the served translation
 * @param updatedAt when the served translation last changed
 */
public record LocalizedStory(
    StoryKind kind,
    String title,
    String body,
    String locale,
    @Nullable String requestedLocale,
    boolean fallback,
    TextDirection direction,
    List<String> availableLocales,
    String sourceLocale,
    TranslatorKind translatedBy,
    boolean reviewed,
    @Nullable OffsetDateTime updatedAt) {}
