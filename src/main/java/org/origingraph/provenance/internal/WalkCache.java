package org.origingraph.provenance.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.origingraph.provenance.Batch;
import org.origingraph.provenance.BatchKey;
import org.origingraph.provenance.GraphNode;
import org.origingraph.provenance.Provenance;
import org.origingraph.provenance.ProvenanceChanged;
import org.origingraph.provenance.TraceDirection;
import org.origingraph.provenance.TruncationReason;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Assembled provenance walks, kept until a write touches them (docs/decisions/010-walk-cache-and-walk-rows.md).
 *
 * <p>An answer does not depend on who asks: visibility is enforced per field after assembly, so one
 * cached walk serves every caller. It is dropped when a committed write names one of its batches, or
 * the product of one of them ({@link ProvenanceChanged#touches}); the root's key counts as held even
 * when the root does not exist yet, so that recording it drops the empty answer.
 *
 * <p>Exactness under concurrency: a walk being computed while a write commits may have read the graph
 * before the write, so the write drops every computation still in flight (its waiters get that
 * answer, being concurrent with the write; the next reader computes afresh). Because an entry is a
 * future put into the map before the walk starts, no computation can slip in between a write and
 * its invalidation. Concurrent readers of the same walk wait for one computation (no thundering
 * herd). Walks cut by the node budget are not kept: which batches such an answer keeps depends on
 * batches it does not hold.
 */
@Component
@EnableConfigurationProperties(WalkCacheProperties.class)
public class WalkCache {

  /** What shapes an answer: the root, the direction, the depth and the node budget. */
  record Key(BatchKey root, TraceDirection direction, int maxDepth, int maxNodes) {}

  /** An answer with the batch keys and GTINs it holds, for invalidation. */
  record Entry(Optional<Provenance> answer, Set<BatchKey> batches, Set<String> gtins, int weight, boolean keep) {

    static Entry of(BatchKey root, Optional<Provenance> answer) {
      Set<BatchKey> batches = new HashSet<>();
      Set<String> gtins = new HashSet<>();
      batches.add(root);
      gtins.add(root.gtin());
      int weight = 1;
      boolean keep = true;
      if (answer.isPresent()) {
        Provenance provenance = answer.get();
        for (GraphNode node : provenance.nodes()) {
          if (node instanceof Batch batch) {
            batches.add(batch.key());
            gtins.add(batch.gtin());
          }
        }
        weight += provenance.nodes().size() + provenance.edges().size();
        keep = !provenance.truncatedBy().contains(TruncationReason.MAX_NODES);
      }
      return new Entry(answer, Set.copyOf(batches), Set.copyOf(gtins), weight, keep);
    }

    boolean touchedBy(ProvenanceChanged change) {
      for (BatchKey batch : change.batches()) {
        if (batches.contains(batch)) {
          return true;
        }
      }
      for (String gtin : change.products()) {
        if (gtins.contains(gtin)) {
          return true;
        }
      }
      return false;
    }
  }

  private final @Nullable AsyncCache<Key, Entry> cache;

  WalkCache(WalkCacheProperties properties) {
    this.cache = !properties.on() ? null : Caffeine.newBuilder()
        .maximumWeight(properties.weightBudget())
        .<Key, Entry>weigher((key, entry) -> entry.weight())
        .expireAfterWrite(properties.lifetime())
        .buildAsync();
  }

  /** Whether answers are cached at all ({@code origin.provenance.cache.enabled}). */
  public boolean enabled() {
    return cache != null;
  }

  /**
   * The cached answer for the walk, or {@code load}'s, computed once however many callers ask at the
   * same time; {@code load} runs on the calling thread.
   */
  public Optional<Provenance> get(BatchKey root, TraceDirection direction, int maxDepth, int maxNodes,
      Supplier<Optional<Provenance>> load) {
    if (cache == null) {
      return load.get();
    }
    Key key = new Key(root, direction, maxDepth, maxNodes);
    CompletableFuture<Entry> mine = new CompletableFuture<>();
    CompletableFuture<Entry> entry = cache.get(key, (k, executor) -> mine);
    if (entry == mine) {
      try {
        Entry loaded = Entry.of(key.root(), load.get());
        mine.complete(loaded);
        if (!loaded.keep()) {
          cache.asMap().remove(key, mine);
        }
        return loaded.answer();
      } catch (RuntimeException | Error e) {
        mine.completeExceptionally(e); // Caffeine drops failed futures
        throw e;
      }
    }
    try {
      return entry.join().answer();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** The cached answer for the walk if one is ready; never computes. */
  public Optional<Optional<Provenance>> peek(BatchKey root, TraceDirection direction, int maxDepth, int maxNodes) {
    if (cache == null) {
      return Optional.empty();
    }
    CompletableFuture<Entry> entry = cache.getIfPresent(new Key(root, direction, maxDepth, maxNodes));
    if (entry == null || !entry.isDone() || entry.isCompletedExceptionally()) {
      return Optional.empty();
    }
    return Optional.of(entry.join().answer());
  }

  /**
   * Drops every answer holding a batch the committed write touched, or a batch of a product it
   * changed, and every walk still being computed. Runs after commit, so a rolled-back write drops
   * nothing; also when the event was published outside a transaction (the write then committed on
   * its own).
   */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void changed(ProvenanceChanged change) {
    if (cache == null || (change.batches().isEmpty() && change.products().isEmpty())) {
      return;
    }
    var entries = cache.asMap();
    for (Map.Entry<Key, CompletableFuture<Entry>> e : entries.entrySet()) {
      CompletableFuture<Entry> future = e.getValue();
      if (!future.isDone() || future.isCompletedExceptionally() || future.join().touchedBy(change)) {
        entries.remove(e.getKey(), future);
      }
    }
  }

  /** Drops everything (tests, operations). */
  public void clear() {
    if (cache != null) {
      cache.synchronous().invalidateAll();
    }
  }
}
