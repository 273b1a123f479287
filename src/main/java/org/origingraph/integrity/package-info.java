/**
 * Tamper evidence: an append-only RFC 6962 Merkle log of every accepted record (captured EPCIS events,
 * error declarations, registered products, recorded batches, story translations), signed C2SP
 * checkpoints, the read API under {@code /log/v1} and the re-verification behind {@code Batch.integrity}.
 *
 * <p>Modules that accept records call {@link org.origingraph.integrity.IntegrityLog#append} in the
 * transaction that stores them, and implement {@link org.origingraph.integrity.RecordSource} so that
 * {@link org.origingraph.integrity.IntegrityCheck} can re-read what they stored; this module depends on
 * none of them. It owns the {@code :LogEntry} and {@code :LogState} nodes. {@link
 * org.origingraph.integrity.OfflineVerifier} checks a proof against a signed checkpoint with the JDK
 * alone. docs/integrity.md says what is proved and what is not.
 */
@ApplicationModule(displayName = "Integrity log", allowedDependencies = {"api", "security"})
@NullMarked
package org.origingraph.integrity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
