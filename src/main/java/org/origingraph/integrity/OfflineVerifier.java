package org.origingraph.integrity;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.origingraph.integrity.internal.Rfc6962;
import org.origingraph.integrity.internal.SignedNote;
import org.origingraph.integrity.internal.SigningKey;

/**
 * Checks, with the JDK alone, that a leaf is in the log: the checkpoint is signed by the log's key, and
 * the inclusion proof leads from the leaf's hash to the checkpoint's root. Runs from the compiled
 * classes, no Spring, no database:
 *
 * <pre>
 * java -cp target/classes org.origingraph.integrity.OfflineVerifier \
 *     --key key.pem --checkpoint checkpoint.txt --proof proof.json --leaf-input BASE64
 * java -cp target/classes org.origingraph.integrity.OfflineVerifier \
 *     --key key.pem --log https://portal.example --index 42
 * </pre>
 *
 * {@code key.pem} is the log's public key (PEM, as {@code /log/v1/public-key} gives it; pin it, do not
 * fetch it each time), {@code proof.json} the answer of {@code /log/v1/proof/inclusion} for the
 * checkpoint's size, the leaf input the entry's {@code leafInput}. Exit status 0: verified; 1: not; 2: usage.
 */
public final class OfflineVerifier {

  private OfflineVerifier() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    System.exit(run(args, System.out));
  }

  /** Runs the verifier; the exit status. */
  public static int run(String[] args, PrintStream out) throws IOException, InterruptedException {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    if (!options.containsKey("--key") || !(options.containsKey("--log") || options.containsKey("--checkpoint"))) {
      out.println("usage: OfflineVerifier --key PEM-FILE (--checkpoint FILE --proof FILE --leaf-input BASE64"
          + " | --log URL --index N)");
      return 2;
    }
    String pem = Files.readString(Path.of(options.get("--key")), StandardCharsets.US_ASCII);
    String note;
    String proof;
    byte[] leafInput;
    if (options.containsKey("--log")) {
      String log = options.get("--log").replaceAll("/+$", "") + "/log/v1";
      long index = Long.parseLong(options.get("--index"));
      note = get(log + "/checkpoint");
      long size = Long.parseLong(note.split("\n")[1]);
      proof = get(log + "/proof/inclusion?index=" + index + "&treeSize=" + size);
      leafInput = Base64.getDecoder().decode(field(get(log + "/entries?start=" + index + "&end=" + index), "leafInput"));
    } else {
      note = Files.readString(Path.of(options.get("--checkpoint")), StandardCharsets.UTF_8);
      proof = Files.readString(Path.of(options.get("--proof")), StandardCharsets.UTF_8);
      leafInput = Base64.getDecoder().decode(options.get("--leaf-input"));
    }
    String origin = note.split("\n", 2)[0];
    Optional<SignedNote.Checkpoint> checkpoint = SignedNote.open(note, SigningKey.fromPem(origin, pem));
    if (checkpoint.isEmpty()) {
      out.println("NOT VERIFIED: the checkpoint is not signed by this key");
      return 1;
    }
    long index = Long.parseLong(field(proof, "index"));
    long treeSize = Long.parseLong(field(proof, "treeSize"));
    List<byte[]> hashes = new ArrayList<>();
    Matcher list = Pattern.compile("\"hashes\"\\s*:\\s*\\[([^]]*)]").matcher(proof);
    if (list.find()) {
      Matcher hash = Pattern.compile("\"([A-Za-z0-9+/=]*)\"").matcher(list.group(1));
      while (hash.find()) {
        hashes.add(Base64.getDecoder().decode(hash.group(1)));
      }
    }
    if (treeSize != checkpoint.get().size()) {
      out.println("NOT VERIFIED: the proof is for a tree of " + treeSize + ", the checkpoint for " + checkpoint.get().size());
      return 1;
    }
    boolean included = Rfc6962.verifyInclusion(index, treeSize, Rfc6962.leafHash(leafInput), hashes, checkpoint.get().root());
    out.println(included
        ? "VERIFIED: leaf " + index + " is in " + origin + " at size " + treeSize + ", signed by key "
            + SigningKey.fromPem(origin, pem).keyIdHex() + "\n" + new String(leafInput, StandardCharsets.UTF_8)
        : "NOT VERIFIED: the proof does not lead from this leaf to the checkpoint's root");
    return included ? 0 : 1;
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}\\]]*)").matcher(json);
    if (!m.find()) {
      throw new IllegalArgumentException("no " + name + " in " + json);
    }
    return m.group(1).strip();
  }

  private static String get(String url) throws IOException, InterruptedException {
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != 200) {
        throw new IOException(url + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    }
  }
}
