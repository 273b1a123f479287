package org.origingraph.integrity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 6962 hashing, proof generation and verification against transparency-dev/merkle's published
 * vectors (../shared/data/merkle, copied unchanged to src/test/resources/merkle): every case, the tampered ones ({@code wantErr}) included, is answered
 * as the vector says; and the proofs {@link MerkleTree} serves for the vectors' tree are the vectors' own.
 */
class Rfc6962Tests {

  private static final Path SHARED = Path.of("../shared/data/merkle");
  /** The shared vectors when present, else the unchanged copy kept with the tests. */
  static final Path VECTORS = Files.isDirectory(SHARED) ? SHARED : Path.of("src/test/resources/merkle");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** The leaves of the vectors' tree (RFC 6962's reference test data). */
  private static final List<String> LEAVES = List.of("", "00", "10", "2021", "3031", "40414243",
      "5051525354555657", "606162636465666768696a6b6c6d6e6f");

  @TestFactory
  Stream<DynamicTest> inclusionVectors() throws IOException {
    return vectors("inclusion").map(file -> DynamicTest.dynamicTest(VECTORS.relativize(file).toString(), () -> {
      JsonNode v = JSON.readTree(file.toFile());
      boolean verified = Rfc6962.verifyInclusion(number(v.path("leafIdx")), number(v.path("treeSize")),
          bytes(v.path("leafHash")), hashes(v.path("proof")), bytes(v.path("root")));
      assertThat(verified).as(v.path("desc").asString()).isEqualTo(!v.path("wantErr").asBoolean());
    }));
  }

  @TestFactory
  Stream<DynamicTest> consistencyVectors() throws IOException {
    return vectors("consistency").map(file -> DynamicTest.dynamicTest(VECTORS.relativize(file).toString(), () -> {
      JsonNode v = JSON.readTree(file.toFile());
      boolean verified = Rfc6962.verifyConsistency(number(v.path("size1")), number(v.path("size2")),
          bytes(v.path("root1")), bytes(v.path("root2")), hashes(v.path("proof")));
      assertThat(verified).as(v.path("desc").asString()).isEqualTo(!v.path("wantErr").asBoolean());
    }));
  }

  @Test
  void theTreeServesTheVectorsHappyPathProofs() throws IOException {
    MerkleTree tree = referenceTree();
    int checked = 0;
    for (Path file : vectors("inclusion").filter(Rfc6962Tests::ofTheReferenceTree).toList()) {
      JsonNode v = JSON.readTree(file.toFile());
      if (!v.path("wantErr").asBoolean()) {
        long size = v.path("treeSize").asLong();
        assertThat(tree.root(size)).isEqualTo(bytes(v.path("root")));
        assertThat(tree.leaf(v.path("leafIdx").asLong())).isEqualTo(bytes(v.path("leafHash")));
        assertThat(tree.inclusion(v.path("leafIdx").asLong(), size)).as(file.toString())
            .containsExactlyElementsOf(hashes(v.path("proof")));
        checked++;
      }
    }
    for (Path file : vectors("consistency").filter(Rfc6962Tests::ofTheReferenceTree).toList()) {
      JsonNode v = JSON.readTree(file.toFile());
      if (!v.path("wantErr").asBoolean()) {
        assertThat(tree.consistency(v.path("size1").asLong(), v.path("size2").asLong())).as(file.toString())
            .containsExactlyElementsOf(hashes(v.path("proof")));
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(8);
  }

  @Test
  void everyProofOfEveryTreeUpToSeventyLeavesVerifies() {
    MerkleTree tree = new MerkleTree();
    List<byte[]> leaves = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      byte[] leaf = Rfc6962.leafHash(("leaf " + i).getBytes());
      leaves.add(leaf);
      tree.put(i, leaf);
    }
    for (int size = 1; size <= 70; size++) {
      byte[] root = tree.root(size);
      assertThat(root).isEqualTo(naiveRoot(leaves.subList(0, size)));
      for (int index = 0; index < size; index++) {
        assertThat(Rfc6962.verifyInclusion(index, size, leaves.get(index), tree.inclusion(index, size), root)).isTrue();
        assertThat(Rfc6962.verifyInclusion(index, size, leaves.get((index + 1) % 70), tree.inclusion(index, size), root))
            .isFalse();
      }
      for (int first = 1; first <= size; first++) {
        assertThat(Rfc6962.verifyConsistency(first, size, tree.root(first), root, tree.consistency(first, size)))
            .as(first + " → " + size).isTrue();
      }
    }
  }

  @Test
  void leavesReportedOutOfOrderJoinOnceTheGapIsFilled() {
    MerkleTree tree = new MerkleTree();
    byte[][] leaves = new byte[4][];
    for (int i = 0; i < 4; i++) {
      leaves[i] = Rfc6962.leafHash(new byte[] {(byte) i});
    }
    tree.put(2, leaves[2]);
    tree.put(3, leaves[3]);
    assertThat(tree.size()).isZero();
    tree.put(0, leaves[0]);
    assertThat(tree.size()).isEqualTo(1);
    tree.put(1, leaves[1]);
    tree.put(1, leaves[0]); // a commit reported twice changes nothing
    assertThat(tree.size()).isEqualTo(4);
    assertThat(tree.root(4)).isEqualTo(naiveRoot(List.of(leaves)));
  }

  @Test
  void theEmptyTreesRootIsTheHashOfNothing() {
    assertThat(HexFormat.of().formatHex(new MerkleTree().root(0)))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  /** The numbered folders hold cases about the reference tree; the others, trees of their own. */
  private static boolean ofTheReferenceTree(Path file) {
    return file.getParent().getFileName().toString().matches("\\d+")
        && !file.getParent().getParent().getFileName().toString().equals("additional");
  }

  static MerkleTree referenceTree() {
    MerkleTree tree = new MerkleTree();
    for (int i = 0; i < LEAVES.size(); i++) {
      tree.put(i, Rfc6962.leafHash(HexFormat.of().parseHex(LEAVES.get(i))));
    }
    return tree;
  }

  /** RFC 6962's MTH, written down as the RFC defines it. */
  private static byte[] naiveRoot(List<byte[]> leaves) {
    if (leaves.size() == 1) {
      return leaves.getFirst();
    }
    int k = Integer.highestOneBit(leaves.size() - 1);
    return Rfc6962.nodeHash(naiveRoot(leaves.subList(0, k)), naiveRoot(leaves.subList(k, leaves.size())));
  }

  private static Stream<Path> vectors(String kind) throws IOException {
    try (Stream<Path> files = Files.walk(VECTORS.resolve(kind))) {
      List<Path> all = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
      assertThat(all).as("vectors under " + VECTORS.resolve(kind)).isNotEmpty();
      return all.stream();
    }
  }

  /** A size or index; one beyond a Java long (2^64 - 1 in some vectors) as -1, which every verifier rejects. */
  private static long number(JsonNode node) {
    return node.canConvertToLong() ? node.asLong() : -1;
  }

  private static byte[] bytes(JsonNode node) {
    return node.isString() ? Base64.getDecoder().decode(node.asString()) : new byte[0];
  }

  private static List<byte[]> hashes(JsonNode node) {
    List<byte[]> hashes = new ArrayList<>();
    node.forEach(h -> hashes.add(bytes(h)));
    return hashes;
  }
}
