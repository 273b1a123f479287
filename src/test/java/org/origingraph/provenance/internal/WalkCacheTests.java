package org.origingraph.provenance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.origingraph.provenance.Batch;
import org.origingraph.provenance.BatchKey;
import org.origingraph.provenance.GraphNode;
import org.origingraph.provenance.Provenance;
import org.origingraph.provenance.ProvenanceChanged;
import org.origingraph.provenance.ProvenanceSummary;
import org.origingraph.provenance.TraceDirection;
import org.origingraph.provenance.TruncationReason;

/** The cache's own rules: one computation per walk, exact drops, and no answer that predates a write. */
class WalkCacheTests {

  private static final BatchKey ROOT = new BatchKey("08938513000014", "ROOT");
  private static final BatchKey INPUT = new BatchKey("08938516000011", "INPUT");
  private static final BatchKey OTHER = new BatchKey("08938516000011", "OTHER");

  private final WalkCache cache = new WalkCache(new WalkCacheProperties(true, 10_000L, Duration.ofMinutes(1)));
  private final AtomicInteger walks = new AtomicInteger();

  private Optional<Provenance> read(Supplier<Optional<Provenance>> load) {
    return cache.get(ROOT, TraceDirection.UPSTREAM, 50, 20_000, () -> {
      walks.incrementAndGet();
      return load.get();
    });
  }

  private static Optional<Provenance> answer(List<TruncationReason> truncatedBy) {
    Batch root = new Batch(ROOT.gtin(), ROOT.lot(), null, null, null, null);
    Batch input = new Batch(INPUT.gtin(), INPUT.lot(), null, null, null, null);
    return Optional.of(new Provenance(root, TraceDirection.UPSTREAM, 50, List.<GraphNode>of(root, input), List.of(), 2,
        truncatedBy, List.of(), new ProvenanceSummary(2, 0, 0, 0, 2)));
  }

  @Test
  void aWalkIsComputedOnceAndDroppedByAWriteNamingOneOfItsBatches() {
    read(() -> answer(List.of()));
    read(() -> answer(List.of()));
    assertThat(walks).hasValue(1);

    cache.changed(new ProvenanceChanged(Set.of(OTHER), Set.of("08938519999999")));
    read(() -> answer(List.of()));
    assertThat(walks).as("a write elsewhere keeps it").hasValue(1);

    cache.changed(new ProvenanceChanged(Set.of(INPUT), Set.of()));
    read(() -> answer(List.of()));
    assertThat(walks).hasValue(2);

    cache.changed(new ProvenanceChanged(Set.of(), Set.of(INPUT.gtin())));
    read(() -> answer(List.of()));
    assertThat(walks).as("a write to the product of one of its batches drops it").hasValue(3);
  }

  @Test
  void anEmptyAnswerIsDroppedWhenTheRootIsWritten() {
    read(Optional::empty);
    read(Optional::empty);
    assertThat(walks).hasValue(1);
    cache.changed(new ProvenanceChanged(Set.of(ROOT), Set.of()));
    assertThat(read(() -> answer(List.of()))).isPresent();
    assertThat(walks).hasValue(2);
  }

  @Test
  void aWalkComputedWhileAWriteCommitsIsNotKept() {
    read(() -> {
      cache.changed(new ProvenanceChanged(Set.of(OTHER), Set.of())); // commits while the walk reads
      return answer(List.of());
    });
    read(() -> answer(List.of()));
    assertThat(walks).hasValue(2);
  }

  @Test
  void anAnswerCutByTheNodeBudgetIsNotKept() {
    read(() -> answer(List.of(TruncationReason.MAX_NODES)));
    read(() -> answer(List.of(TruncationReason.MAX_NODES)));
    assertThat(walks).hasValue(2);
  }

  @Test
  void aFailedWalkIsNotKeptAndFailsWithItsOwnException() {
    assertThatThrownBy(() -> read(() -> {
      throw new IllegalStateException("timed out");
    })).isInstanceOf(IllegalStateException.class).hasMessage("timed out");
    read(() -> answer(List.of()));
    assertThat(walks).hasValue(2);
  }

  @Test
  void concurrentReadersOfOneWalkWaitForOneComputation() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<Optional<Provenance>> first = threads.submit(() -> read(() -> {
        started.countDown();
        await(release);
        return answer(List.of());
      }));
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      List<Future<Optional<Provenance>>> others = List.of(
          threads.submit(() -> read(() -> answer(List.of()))), threads.submit(() -> read(() -> answer(List.of()))));
      release.countDown();
      assertThat(first.get(10, TimeUnit.SECONDS)).isPresent();
      for (var other : others) {
        assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo(first.get());
      }
    }
    assertThat(walks).hasValue(1);
  }

  @Test
  void switchedOffEveryReadWalks() {
    var off = new WalkCache(new WalkCacheProperties(false, null, null));
    AtomicInteger count = new AtomicInteger();
    off.get(ROOT, TraceDirection.UPSTREAM, 50, 20_000, () -> { count.incrementAndGet(); return answer(List.of()); });
    off.get(ROOT, TraceDirection.UPSTREAM, 50, 20_000, () -> { count.incrementAndGet(); return answer(List.of()); });
    assertThat(count).hasValue(2);
    assertThat(off.enabled()).isFalse();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
