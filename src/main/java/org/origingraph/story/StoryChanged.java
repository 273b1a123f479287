package org.origingraph.story;

/**
 * Published when a story translation was written, for caches of answers that show stories (HTTP
 * answer caches) to drop what may have changed. The story module's own caches are evicted before it
 * is published. Published after the write is durable: the upsert is one auto-committed statement, or,
 * inside a caller's transaction, delivered to transactional listeners after that commits.
 *
 * @param subject what the story is about
 * @param kind the story's kind
 * @param locale the translation's language tag
 */
public record StoryChanged(Subject subject, StoryKind kind, String locale) {}
