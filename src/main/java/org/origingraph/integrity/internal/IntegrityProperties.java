package org.origingraph.integrity.internal;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the integrity log ({@code origin.integrity}).
 *
 * @param origin the log's name, the first line of every checkpoint and the signing key's name; one per
 *     deployment, so that checkpoints of two logs are never confused (C2SP tlog-checkpoint)
 * @param signingKey the Ed25519 key as PEM text: a {@code PRIVATE KEY} block (PKCS#8) followed by its
 *     {@code PUBLIC KEY} block (the JDK cannot derive one from the other)
 * @param signingKeyFile a file holding the same two blocks; read when {@code signingKey} is unset, and
 *     written with a new key when it does not exist yet
 * @param maxEntries most entries one {@code /log/v1/entries} answer holds
 * @param maxRecords most stored records one {@code Batch.integrity} re-reads; beyond it the verdict
 *     says it is incomplete
 */
@ConfigurationProperties("origin.integrity")
public record IntegrityProperties(
    @Nullable String origin,
    @Nullable String signingKey,
    @Nullable Path signingKeyFile,
    @Nullable Integer maxEntries,
    @Nullable Integer maxRecords) {

  public String originOrDefault() {
    return origin == null || origin.isBlank() ? "origin-graph.example/log" : origin.strip();
  }

  public int maxEntriesOrDefault() {
    return maxEntries == null ? 1000 : maxEntries;
  }

  public int maxRecordsOrDefault() {
    return maxRecords == null ? 20_000 : maxRecords;
  }
}
