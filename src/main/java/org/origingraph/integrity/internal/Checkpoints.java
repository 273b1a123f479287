package org.origingraph.integrity.internal;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The log's signing key and its signed checkpoints. The key is, in this order: {@code
 * origin.integrity.signing-key} (PEM text), the file {@code origin.integrity.signing-key-file}, the file
 * {@code integrity-signing-key.pem} in the embedded database's data directory (both created with a new
 * key on first start), or, with neither a key nor a data directory (a throw-away database), a new key
 * held in memory, which dies with the database it signs for. Thread-safe.
 */
@Component
public class Checkpoints {

  private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);
  static final String KEY_FILE = "integrity-signing-key.pem";

  private final SigningKey key;
  private final LogTree tree;

  Checkpoints(IntegrityProperties properties, Environment environment, LogTree tree) {
    this.tree = tree;
    String name = properties.originOrDefault();
    String dataDirectory = environment.getProperty("origin.neo4j.embedded.data-directory");
    if (properties.signingKey() != null && !properties.signingKey().isBlank()) {
      key = SigningKey.fromPem(name, properties.signingKey());
    } else if (properties.signingKeyFile() != null) {
      key = SigningKey.fromFile(name, properties.signingKeyFile());
    } else if (dataDirectory != null && !dataDirectory.isBlank()) {
      key = SigningKey.fromFile(name, Path.of(dataDirectory).resolve(KEY_FILE));
    } else {
      key = SigningKey.generate(name);
      log.info("Integrity log signs with a key made for this run (no origin.integrity.signing-key, no data directory)");
    }
    log.info("Integrity log {} signs with Ed25519 key {}", name, key.keyIdHex());
  }

  public SigningKey key() {
    return key;
  }

  /** The signed note of the committed tree as it is now. */
  public String latest() {
    MerkleTree committed = tree.tree();
    long size = committed.size();
    return SignedNote.sign(new SignedNote.Checkpoint(key.name(), size, committed.root(size)), key);
  }
}
