package org.origingraph.integrity.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * C2SP tlog-checkpoint bodies in C2SP signed notes: {@code origin\nsize\nbase64(root)\n}, a blank
 * line, then one line per signature, {@code — name base64(keyid ‖ Ed25519 signature)}. Parsing is for
 * the offline verifier and the tests. Stateless.
 */
public final class SignedNote {

  /** What a checkpoint states. */
  public record Checkpoint(String origin, long size, byte[] root) {}

  private SignedNote() {}

  /** The checkpoint's body, the text that is signed. */
  public static String body(Checkpoint checkpoint) {
    return checkpoint.origin() + "\n" + checkpoint.size() + "\n" + Base64.getEncoder().encodeToString(checkpoint.root()) + "\n";
  }

  /** The signed note of {@code checkpoint}, signed by {@code key}. */
  public static String sign(Checkpoint checkpoint, SigningKey key) {
    String body = body(checkpoint);
    byte[] signature = key.sign(body.getBytes(StandardCharsets.UTF_8));
    byte[] line = new byte[4 + signature.length];
    System.arraycopy(key.keyId(), 0, line, 0, 4);
    System.arraycopy(signature, 0, line, 4, signature.length);
    return body + "\n\u2014 " + key.name() + " " + Base64.getEncoder().encodeToString(line) + "\n";
  }

  /**
   * The checkpoint of {@code note} if {@code key} signed it (a signature line with the key's name and id
   * whose signature verifies) and its body is a well-formed checkpoint; empty otherwise.
   */
  public static Optional<Checkpoint> open(String note, SigningKey key) {
    int split = note.indexOf("\n\n");
    if (split < 0 || !note.endsWith("\n")) {
      return Optional.empty();
    }
    String body = note.substring(0, split + 1);
    boolean signed = false;
    for (String line : note.substring(split + 2).split("\n")) {
      String prefix = "\u2014 " + key.name() + " ";
      if (!line.startsWith(prefix)) {
        continue;
      }
      byte[] decoded;
      try {
        decoded = Base64.getDecoder().decode(line.substring(prefix.length()));
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (decoded.length == 68 && Arrays.equals(Arrays.copyOf(decoded, 4), key.keyId())
          && key.verify(body.getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(decoded, 4, 68))) {
        signed = true;
      }
    }
    if (!signed) {
      return Optional.empty();
    }
    List<String> lines = new ArrayList<>(List.of(body.split("\n")));
    if (lines.size() < 3) {
      return Optional.empty();
    }
    try {
      long size = Long.parseLong(lines.get(1));
      byte[] root = Base64.getDecoder().decode(lines.get(2));
      return size < 0 || root.length != Rfc6962.HASH_SIZE ? Optional.empty()
          : Optional.of(new Checkpoint(lines.get(0), size, root));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
