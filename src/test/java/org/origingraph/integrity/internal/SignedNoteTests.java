package org.origingraph.integrity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing keys and C2SP signed checkpoints: format, key id, and refusal of anything altered. */
class SignedNoteTests {

  private static final byte[] ROOT = Rfc6962.leafHash("root".getBytes(StandardCharsets.UTF_8));

  @Test
  void aCheckpointIsTheC2spBodyWithOneSignatureLine() throws Exception {
    SigningKey key = SigningKey.generate("example.org/log");
    String note = SignedNote.sign(new SignedNote.Checkpoint("example.org/log", 7, ROOT), key);
    String[] lines = note.split("\n", -1);
    assertThat(lines[0]).isEqualTo("example.org/log");
    assertThat(lines[1]).isEqualTo("7");
    assertThat(Base64.getDecoder().decode(lines[2])).isEqualTo(ROOT);
    assertThat(lines[3]).isEmpty();
    assertThat(lines[4]).startsWith("\u2014 example.org/log ");
    byte[] signature = Base64.getDecoder().decode(lines[4].substring(lines[4].lastIndexOf(' ') + 1));
    assertThat(signature).hasSize(68);
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update("example.org/log\n".getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 1);
    sha.update(key.rawPublicKey());
    assertThat(Arrays.copyOf(signature, 4)).isEqualTo(Arrays.copyOf(sha.digest(), 4)).isEqualTo(key.keyId());
    assertThat(key.verifierKey()).startsWith("example.org/log+" + key.keyIdHex() + "+");

    assertThat(SignedNote.open(note, key)).hasValueSatisfying(c -> assertThat(c.size()).isEqualTo(7));
    assertThat(SignedNote.open(note.replace("\n7\n", "\n8\n"), key)).isEmpty();
    assertThat(SignedNote.open(note, SigningKey.generate("example.org/log"))).isEmpty();
  }

  @Test
  void aKeyFileIsCreatedOnceAndReadBack(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("data/key.pem");
    SigningKey created = SigningKey.fromFile("log", file);
    assertThat(Files.readString(file)).contains("-----BEGIN PRIVATE KEY-----").contains("-----BEGIN PUBLIC KEY-----");
    SigningKey read = SigningKey.fromFile("log", file);
    assertThat(read.keyId()).isEqualTo(created.keyId());
    byte[] message = "checkpoint".getBytes(StandardCharsets.UTF_8);
    assertThat(created.verify(message, read.sign(message))).isTrue();
  }

  @Test
  void aKeyWhoseHalvesDoNotBelongTogetherOrLacksItsPublicHalfIsRefused() {
    SigningKey one = SigningKey.generate("log");
    SigningKey other = SigningKey.generate("log");
    assertThatIllegalArgumentException().isThrownBy(() -> SigningKey.fromPem("log", one.privatePem() + other.publicPem()))
        .withMessageContaining("not the public half");
    assertThatIllegalArgumentException().isThrownBy(() -> SigningKey.fromPem("log", one.privatePem()))
        .withMessageContaining("PUBLIC KEY");
  }
}
