package org.origingraph.integrity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.origingraph.integrity.internal.IntegrityProperties;
import org.origingraph.integrity.internal.LogRepository;
import org.origingraph.integrity.internal.LogTree;
import org.origingraph.integrity.internal.MerkleTree;
import org.origingraph.integrity.internal.Rfc6962;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-verifies stored records against the log: every {@link RecordSource} re-reads its records about the
 * given batches, each record's leaf is recomputed from what is stored now (and the kind, id, time and
 * organisation its latest leaf recorded), compared with that leaf, and the leaf's inclusion proved
 * against the current root. At most {@code origin.integrity.max-records} records are read. Thread-safe.
 */
@Service
@EnableConfigurationProperties(IntegrityProperties.class)
public class IntegrityCheck {

  private final List<RecordSource> sources;
  private final LogRepository repository;
  private final LogTree tree;
  private final IntegrityProperties properties;

  IntegrityCheck(List<RecordSource> sources, LogRepository repository, LogTree tree, IntegrityProperties properties) {
    this.sources = sources;
    this.repository = repository;
    this.tree = tree;
    this.properties = properties;
  }

  /** The verdict on the records about {@code batches}. */
  @Transactional(readOnly = true)
  public Integrity verify(List<RecordSource.Batch> batches) {
    MerkleTree committed = tree.tree();
    long size = committed.size();
    byte[] root = committed.root(size);
    int budget = properties.maxRecordsOrDefault();
    Map<List<String>, RecordSource.Stored> records = new LinkedHashMap<>();
    boolean complete = true;
    for (RecordSource source : sources) {
      int left = budget - records.size();
      List<RecordSource.Stored> found = source.recordsAbout(batches, left + 1);
      if (found.size() > left) {
        found = found.subList(0, left);
        complete = false;
      }
      found.forEach(r -> records.putIfAbsent(List.of(r.kind(), r.id()), r));
    }
    Map<List<String>, LogRepository.Entry> entries = repository.latest(records.keySet());
    List<Integrity.Discrepancy> faults = new ArrayList<>();
    List<Integrity.Discrepancy> checked = new ArrayList<>();
    for (var record : records.values()) {
      LogRepository.Entry entry = entries.get(List.of(record.kind(), record.id()));
      if (entry == null || entry.index() >= size) {
        if (record.present() && record.required()) {
          faults.add(new Integrity.Discrepancy(record.kind(), record.id(), Integrity.Fault.NOT_LOGGED, null));
          checked.add(faults.getLast());
        }
        continue;
      }
      if (!record.present()) {
        faults.add(new Integrity.Discrepancy(record.kind(), record.id(), Integrity.Fault.MISSING, entry.index()));
        checked.add(faults.getLast());
        continue;
      }
      byte[] leaf = Rfc6962.leafHash(IntegrityLog.leaf(entry.kind(), entry.id(), record.content(), entry.recordedAt(),
          entry.organisation()).getBytes(StandardCharsets.UTF_8));
      boolean matches = Arrays.equals(leaf, entry.hash()) && Arrays.equals(leaf, committed.leaf(entry.index()))
          && Rfc6962.verifyInclusion(entry.index(), size, leaf, committed.inclusion(entry.index(), size), root);
      if (!matches) {
        faults.add(new Integrity.Discrepancy(record.kind(), record.id(), Integrity.Fault.CHANGED, entry.index()));
        checked.add(faults.getLast());
      } else {
        checked.add(new Integrity.Discrepancy(record.kind(), record.id(), null, entry.index()));
      }
    }
    return new Integrity(faults.isEmpty() && complete, size, Base64.getEncoder().encodeToString(root), records.size(),
        complete, faults, checked);
  }
}
