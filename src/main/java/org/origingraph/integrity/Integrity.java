package org.origingraph.integrity;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The verdict on the stored records behind a batch: each re-read, its leaf recomputed and found in the
 * log, and its inclusion proved against the root of {@code treeSize} leaves.
 *
 * @param verified every record checked matches its leaf, nothing is missing, and the check was complete
 * @param treeSize the size of the tree checked against
 * @param rootHash that tree's root, base64
 * @param checkedRecords how many records were re-read
 * @param complete whether every record behind the batch was checked (false: the budget ran out)
 * @param discrepancies the records that do not match, are missing or were never logged
 * @param records every record checked, in the order checked, with its leaf's index and its fault if any
 */
public record Integrity(boolean verified, long treeSize, String rootHash, int checkedRecords, boolean complete,
    List<Discrepancy> discrepancies, List<Discrepancy> records) {

  /** Why a record fails the check. */
  public enum Fault {
    /** The record was changed after it was logged: its leaf differs. */
    CHANGED,
    /** The record was logged and is gone. */
    MISSING,
    /** The record exists and has no leaf. */
    NOT_LOGGED
  }

  /**
   * A record checked: {@code index} is its latest leaf's, when it has one; {@code fault} is null for a
   * record that matches.
   */
  public record Discrepancy(String kind, String id, @Nullable Fault fault, @Nullable Long index) {}
}
