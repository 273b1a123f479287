package org.origingraph.integrity.internal;

import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The committed tree: read from the database on first use (in pages, so no statement holds the whole
 * log), then kept up to date by each appending transaction after it commits, and only then. A
 * transaction that rolls back never reaches the tree; a commit reported late or twice changes nothing
 * ({@link MerkleTree#put}). One application instance per database: a second writer's leaves would
 * reach only its own memory until restart. Thread-safe.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class LogTree implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(LogTree.class);
  private static final long PAGE = 50_000;

  private final LogRepository repository;
  private final MerkleTree tree = new MerkleTree();

  LogTree(LogRepository repository) {
    this.repository = repository;
  }

  private volatile boolean loaded;

  /** Loads the tree at start-up, after the schema and before any demo data is appended. */
  @Override
  public void run(ApplicationArguments args) {
    tree();
  }

  /** The tree of everything committed. */
  public MerkleTree tree() {
    if (!loaded) {
      synchronized (this) {
        if (!loaded) {
          load();
          loaded = true;
        }
      }
    }
    return tree;
  }

  /** Has {@code leaves} (hashes from {@code start}) join the tree when the current transaction commits. */
  public void afterCommit(long start, List<byte[]> leaves) {
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        // never a database read here: the committed transaction may still be bound to the thread
        MerkleTree committed = tree;
        for (int i = 0; i < leaves.size(); i++) {
          committed.put(start + i, leaves.get(i));
        }
      }
    });
  }

  /**
   * Reads the committed leaves into {@link #tree}, which commits reported meanwhile already join: they
   * may lie beyond what this read sees, and wait there for the gap before them to be filled.
   */
  private void load() {
    MerkleTree loaded = tree;
    long size = repository.size();
    Consumer<Long> page = from -> repository.hashes(from, Math.min(from + PAGE, size), loaded::put);
    for (long from = 0; from < size; from += PAGE) {
      page.accept(from);
    }
    if (loaded.size() < size) {
      throw new IllegalStateException("The integrity log is broken: " + size + " leaves recorded, "
          + loaded.size() + " found without a gap");
    }
    log.info("Integrity log: {} leaves", size);
  }
}
