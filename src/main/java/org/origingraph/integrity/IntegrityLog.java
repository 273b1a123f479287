package org.origingraph.integrity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.origingraph.integrity.internal.Jcs;
import org.origingraph.integrity.internal.LogRepository;
import org.origingraph.integrity.internal.LogTree;
import org.origingraph.integrity.internal.Rfc6962;
import org.origingraph.security.Callers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The append-only log of accepted records, the write side: modules call {@link #append} from inside the
 * transaction that stores the records, so that a record and its leaf are committed together or not at
 * all. A leaf is the RFC 8785 canonical JSON of {@code {kind, id, content, recordedAt, organisation}}
 * (the organisation of the caller, {@code null} for the system itself), hashed as RFC 6962 leaves.
 * Hashing happens here, in Java; the database gets one statement per call whatever its size.
 * Thread-safe.
 */
@Service
public class IntegrityLog {

  private final LogRepository repository;
  private final LogTree tree;

  IntegrityLog(LogRepository repository, LogTree tree) {
    this.repository = repository;
    this.tree = tree;
  }

  /**
   * Logs {@code records} in order, in the current transaction.
   *
   * @throws IllegalStateException when no transaction is active: a leaf must commit with its record
   */
  public void append(List<Accepted> records) {
    if (records.isEmpty()) {
      return;
    }
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("Records are logged in the transaction that stores them");
    }
    String recordedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    String organisation = Callers.current().organization();
    List<Map<String, Object>> rows = new ArrayList<>(records.size());
    List<byte[]> hashes = new ArrayList<>(records.size());
    for (Accepted record : records) {
      String leaf = leaf(record.kind(), record.id(), record.content(), recordedAt, organisation);
      byte[] hash = Rfc6962.leafHash(leaf.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      Map<String, Object> row = new HashMap<>();
      row.put("kind", record.kind());
      row.put("id", record.id());
      row.put("leaf", leaf);
      row.put("hash", hash);
      row.put("recordedAt", recordedAt);
      if (organisation != null) {
        row.put("organisation", organisation);
      }
      rows.add(row);
      hashes.add(hash);
    }
    tree.afterCommit(repository.append(rows), hashes);
  }

  /** The leaf data of a record: the canonical JSON text, UTF-8 when hashed. */
  public static String leaf(String kind, String id, @Nullable Object content, String recordedAt,
      @Nullable String organisation) {
    Map<String, @Nullable Object> leaf = new LinkedHashMap<>();
    leaf.put("kind", kind);
    leaf.put("id", id);
    leaf.put("content", content);
    leaf.put("recordedAt", recordedAt);
    leaf.put("organisation", organisation);
    return Jcs.text(leaf);
  }
}
