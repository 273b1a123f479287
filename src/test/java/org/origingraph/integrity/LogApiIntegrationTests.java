package org.origingraph.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origingraph.IntegrationTest;
import org.origingraph.integrity.internal.Rfc6962;
import org.origingraph.integrity.internal.SignedNote;
import org.origingraph.integrity.internal.SigningKey;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The log's read API as an outside verifier uses it: the root rebuilt from {@code /log/v1/entries} with
 * RFC 6962 hashing written out here matches the signed checkpoint, whose signature verifies with the
 * published key; the inclusion and consistency proofs served verify; bad parameters are 400s naming them;
 * the offline verifier accepts what the service serves and refuses a tampered proof.
 */
class LogApiIntegrationTests extends IntegrationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void theEntriesRebuildTheSignedRootAndTheProofsVerify() {
    SigningKey key = publishedKey();
    SignedNote.Checkpoint checkpoint = SignedNote.open(get("/log/v1/checkpoint"), key).orElseThrow();
    assertThat(checkpoint.size()).as("the demo data is logged").isPositive();

    List<byte[]> leaves = new ArrayList<>();
    while (leaves.size() < checkpoint.size()) {
      JsonNode page = json("/log/v1/entries?start=" + leaves.size() + "&end=" + (checkpoint.size() - 1));
      assertThat(page.size()).isPositive();
      for (JsonNode entry : page) {
        assertThat(entry.path("index").asLong()).isEqualTo(leaves.size());
        byte[] input = Base64.getDecoder().decode(entry.path("leafInput").asString());
        JsonNode leaf = JSON.readTree(input);
        assertThat(leaf.path("kind").asString()).isEqualTo(entry.path("kind").asString());
        assertThat(leaf.path("id").asString()).isEqualTo(entry.path("id").asString());
        leaves.add(Rfc6962.leafHash(input));
      }
    }
    assertThat(mth(leaves)).isEqualTo(checkpoint.root());

    long size = checkpoint.size();
    for (long index : List.of(0L, size / 2, size - 1)) {
      JsonNode proof = json("/log/v1/proof/inclusion?index=" + index + "&treeSize=" + size);
      assertThat(proof.path("rootHash").asString()).isEqualTo(Base64.getEncoder().encodeToString(checkpoint.root()));
      assertThat(Rfc6962.verifyInclusion(index, size, leaves.get((int) index), hashes(proof), checkpoint.root())).isTrue();
    }
    for (long first : List.of(1L, size / 3 + 1, size)) {
      JsonNode proof = json("/log/v1/proof/consistency?first=" + first + "&second=" + size);
      assertThat(Rfc6962.verifyConsistency(first, size, mth(leaves.subList(0, (int) first)), checkpoint.root(), hashes(proof)))
          .as("consistency %d → %d", first, size).isTrue();
    }
  }

  @Test
  void thePublicKeyIsPemWithItsC2spKeyId() {
    JsonNode body = json("/log/v1/public-key");
    SigningKey key = SigningKey.fromPem(body.path("keyName").asString(), body.path("publicKey").asString());
    var sha = sha256(body.path("keyName").asString().getBytes(StandardCharsets.UTF_8), new byte[] {0x0A, 0x01},
        key.rawPublicKey());
    assertThat(body.path("keyId").asString()).isEqualTo(java.util.HexFormat.of().formatHex(sha, 0, 4));
    assertThat(body.path("algorithm").asString()).isEqualTo("Ed25519");
    assertThat(get("/log/v1/checkpoint")).startsWith(body.path("keyName").asString() + "\n")
        .contains("\n\n\u2014 " + body.path("keyName").asString() + " ");
  }

  @Test
  void badParametersAre400ProblemsNamingThem() {
    Map<String, String> cases = Map.of(
        "/log/v1/proof/inclusion?index=abc&treeSize=1", "index",
        "/log/v1/proof/inclusion?index=-1&treeSize=1", "index",
        "/log/v1/proof/inclusion?index=0&treeSize=999999999", "treeSize",
        "/log/v1/proof/inclusion?treeSize=1", "index",
        "/log/v1/entries?start=-1", "start",
        "/log/v1/entries?start=5&end=2", "end",
        "/log/v1/proof/consistency?first=3&second=2", "first",
        "/log/v1/proof/consistency?first=1&second=x", "second");
    cases.forEach((uri, argument) -> http().get().uri(uri).exchange()
        .expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.code").isEqualTo("BAD_USER_INPUT").jsonPath("$.argument").isEqualTo(argument));
  }

  @Test
  void theOfflineVerifierAcceptsTheServedProofAndRefusesATamperedOne(@TempDir Path dir) throws Exception {
    Path key = Files.writeString(dir.resolve("key.pem"), json("/log/v1/public-key").path("publicKey").asString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = OfflineVerifier.run(new String[] {"--key", key.toString(), "--log", url(""), "--index", "0"},
        new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();

    String note = get("/log/v1/checkpoint");
    long size = Long.parseLong(note.split("\n")[1]);
    Path checkpoint = Files.writeString(dir.resolve("checkpoint.txt"), note);
    String proof = get("/log/v1/proof/inclusion?index=0&treeSize=" + size);
    String leafInput = json("/log/v1/entries?start=0&end=0").get(0).path("leafInput").asString();
    Path good = Files.writeString(dir.resolve("good.json"), proof);
    assertThat(OfflineVerifier.run(new String[] {"--key", key.toString(), "--checkpoint", checkpoint.toString(),
        "--proof", good.toString(), "--leaf-input", leafInput}, new PrintStream(new ByteArrayOutputStream()))).isZero();
    String otherLeaf = Base64.getEncoder().encodeToString("{\"kind\":\"forged\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(OfflineVerifier.run(new String[] {"--key", key.toString(), "--checkpoint", checkpoint.toString(),
        "--proof", good.toString(), "--leaf-input", otherLeaf}, new PrintStream(new ByteArrayOutputStream()))).isEqualTo(1);
    Path forgedNote = Files.writeString(dir.resolve("forged.txt"), note.replaceFirst("\n" + size + "\n", "\n" + (size + 1) + "\n"));
    assertThat(OfflineVerifier.run(new String[] {"--key", key.toString(), "--checkpoint", forgedNote.toString(),
        "--proof", good.toString(), "--leaf-input", leafInput}, new PrintStream(new ByteArrayOutputStream()))).isEqualTo(1);
  }

  @Test
  void thePagesVerifierIsServedToAnyone() {
    http().get().uri("/integrity/log-verifier.js").exchange().expectStatus().isOk()
        .expectHeader().value("Content-Type", type -> assertThat(type).contains("javascript"))
        .expectBody(String.class).value(js -> assertThat(js).contains("export async function verifyEntry"));
  }

  private SigningKey publishedKey() {
    JsonNode body = json("/log/v1/public-key");
    return SigningKey.fromPem(body.path("keyName").asString(), body.path("publicKey").asString());
  }

  /** RFC 6962's MTH, as the RFC writes it, independent of the service's tree. */
  static byte[] mth(List<byte[]> leaves) {
    if (leaves.isEmpty()) {
      return sha256();
    }
    if (leaves.size() == 1) {
      return leaves.getFirst();
    }
    int k = Integer.highestOneBit(leaves.size() - 1);
    return sha256(new byte[] {1}, mth(leaves.subList(0, k)), mth(leaves.subList(k, leaves.size())));
  }

  private static byte[] sha256(byte[]... parts) {
    try {
      var sha = java.security.MessageDigest.getInstance("SHA-256");
      for (byte[] part : parts) {
        sha.update(part);
      }
      return sha.digest();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static List<byte[]> hashes(JsonNode proof) {
    List<byte[]> hashes = new ArrayList<>();
    proof.path("hashes").forEach(h -> hashes.add(Base64.getDecoder().decode(h.asString())));
    return hashes;
  }

  private String get(String uri) {
    return http().get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
  }

  private JsonNode json(String uri) {
    return JSON.readTree(get(uri));
  }
}
