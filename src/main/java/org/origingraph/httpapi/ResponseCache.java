package org.origingraph.httpapi;

import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.origingraph.provenance.ProvenanceChanged;
import org.origingraph.story.StoryChanged;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Answers of anonymous persisted GET requests, kept in process so that the same consumer page asked
 * again costs no database work. Thread-safe; bounded by the bytes of the bodies it holds and by a TTL.
 *
 * <p>Invalidation is coarse and exact: any committed provenance or story write drops every answer (a
 * generation counter, not per-key tracking). An answer holds whatever its query reached (a whole
 * provenance walk, search results, a translation in a fallback language), and reading off an answer
 * which batches, products, facilities and stories made it is not reliable; dropping all is correct for
 * any query, and writes are rare next to consumer reads. The generation also closes the race of a
 * request that read before a write committed and stores after the write dropped the cache: its answer
 * carries the old generation and is never served.
 */
final class ResponseCache {

  /**
   * What identifies an answer: the document, operation and variables, the reader's languages, and the
   * {@code origin} is the scheme, host and port the request
   * reached: with {@code origin.resolver.base-url} unset, answers hold links on that host.
   */
  record Key(String document, @Nullable String operationName, String variables, String acceptLanguage,
      String origin) {}

  /**
   * A cached answer: the exact body, its ETag, the body gzip-compressed once (answers are tens of KB of
   * JSON, a few KB compressed: the bytes written, not the lookup, are a hit's cost), and the generation
   * it was computed in.
   */
  record Entry(byte[] body, String etag, byte[] gzipped, long generation) {}

  private final Cache<Key, Entry> answers;
  private final AtomicLong generation = new AtomicLong();

  ResponseCache(GraphQlHttpProperties.ResponseCache settings) {
    this.answers = Caffeine.newBuilder()
        .maximumWeight(settings.maxSize().toBytes())
        .weigher((Key key, Entry entry) -> entry.body().length + entry.gzipped().length + key.document().length()
            + key.variables().length())
        .expireAfterWrite(settings.ttl())
        .build();
  }

  /** The generation to pass to {@link #put} for an answer whose computation starts now. */
  long generation() {
    return generation.get();
  }

  @Nullable Entry get(Key key) {
    Entry entry = answers.getIfPresent(key);
    return entry != null && entry.generation() == generation.get() ? entry : null;
  }

  /** Keeps an answer computed in {@code generation}; nothing when a write committed meanwhile. */
  void put(Key key, byte[] body, String etag, long generation) {
    if (generation == this.generation.get()) {
      answers.put(key, new Entry(body, etag, gzip(body), generation));
    }
  }

  private static byte[] gzip(byte[] body) {
    var bytes = new java.io.ByteArrayOutputStream(body.length / 4 + 64);
    try (var out = new java.util.zip.GZIPOutputStream(bytes)) {
      out.write(body);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("gzip to memory failed", e);
    }
    return bytes.toByteArray();
  }

  long size() {
    return answers.estimatedSize();
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void provenanceChanged(ProvenanceChanged change) {
    dropAll();
  }

  /** Story writes run outside a transaction of ours too (one auto-committed statement): then at once. */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void storyChanged(StoryChanged change) {
    dropAll();
  }

  private void dropAll() {
    generation.incrementAndGet();
    answers.invalidateAll();
  }
}
