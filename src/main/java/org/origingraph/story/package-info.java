/**
 * Stories: what a consumer reads about a product, facility or batch — its origin, its place, how it
 * is made — in the reader's language, and the localized labels and formatted values shown beside the
 * provenance data.
 *
 * <p>A story ({@code (:Story {kind, sourceLocale})-[:ABOUT]->(subject)}) has one translation per
 * locale ({@code -[:TRANSLATION]->(:StoryText)}). Readers get the best translation for their
 * negotiated locale ({@code i18n}), told which locale they got and whether it was a fallback.
 * Rendered translations and story indexes are cached (Caffeine) and invalidated when a producer
 * changes a translation, so a change is visible at once on this instance.
 *
 * <p>It also tells the Digital Link resolver which languages an item's content exists in, so that a
 * scanned stamp lands on a consumer page the reader can actually read.
 */
@ApplicationModule(displayName = "Stories", allowedDependencies = {"provenance", "i18n", "api", "gs1", "resolver", "integrity", "security"})
@NullMarked
package org.origingraph.story;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
