package org.origingraph.integrity;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Implemented by each module that logs records, so that {@link IntegrityCheck} can re-read them from the
 * store as they are now and recompute their leaves, without this module knowing their labels.
 */
public interface RecordSource {

  /** A batch whose records are asked for: its key and its node's element id (valid in this transaction). */
  record Batch(String gtin, String lot, String node) {}

  /**
   * A record as stored now.
   *
   * @param content the content as {@link Accepted#content()} had it, re-read; {@code null} with
   *     {@code present} false when the record should exist and does not (its leaf then proves it existed)
   * @param required whether a record without a leaf is a fault: {@code false} for records the module
   *     stores without logging them (placeholders made by capture, whose events are logged instead)
   */
  record Stored(String kind, String id, @Nullable Object content, boolean present, boolean required) {

    /** A record that exists and must be logged. */
    public static Stored of(String kind, String id, @Nullable Object content) {
      return new Stored(kind, id, content, true, true);
    }
  }

  /**
   * This module's records about {@code batches}, at most {@code limit} of them, in one or a few statements.
   * Runs in the caller's read transaction.
   */
  List<Stored> recordsAbout(List<Batch> batches, int limit);
}
