package org.origingraph.integrity.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.origingraph.api.BadUserInputException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The log's read API in the shape of RFC 9162, public like every read of the chain: the signed
 * checkpoint, the public key, the entries and the inclusion and consistency proofs, hashes in base64.
 * Proofs are for the committed tree; a size beyond it, a negative or reversed range is a 400 naming the
 * parameter ({@link LogProblems}).
 */
@RestController
@RequestMapping("/log/v1")
class LogController {

  private final LogTree tree;
  private final LogRepository repository;
  private final Checkpoints checkpoints;
  private final IntegrityProperties properties;

  LogController(LogTree tree, LogRepository repository, Checkpoints checkpoints, IntegrityProperties properties) {
    this.tree = tree;
    this.repository = repository;
    this.checkpoints = checkpoints;
    this.properties = properties;
  }

  @GetMapping(value = "/checkpoint", produces = MediaType.TEXT_PLAIN_VALUE)
  ResponseEntity<String> checkpoint() {
    return ResponseEntity.ok().cacheControl(CacheControl.noCache())
        .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).body(checkpoints.latest());
  }

  @GetMapping("/public-key")
  Map<String, Object> publicKey() {
    SigningKey key = checkpoints.key();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("algorithm", "Ed25519");
    body.put("keyName", key.name());
    body.put("keyId", key.keyIdHex());
    body.put("publicKey", key.publicPem());
    body.put("verifierKey", key.verifierKey());
    return body;
  }

  /** One entry of {@code /entries}. */
  record EntryView(long index, String leafInput, String kind, String id) {}

  @GetMapping("/entries")
  List<EntryView> entries(@RequestParam(required = false) @Nullable Long start,
      @RequestParam(required = false) @Nullable Long end) {
    long from = start == null ? 0 : start;
    long size = tree.tree().size();
    if (from < 0) {
      throw new BadUserInputException("start", "start must be 0 or more");
    }
    long last = from + properties.maxEntriesOrDefault() - 1;
    if (end != null) {
      if (end < from) {
        throw new BadUserInputException("end", "end must not be less than start (both are included)");
      }
      last = Math.min(last, end);
    }
    last = Math.min(last, size - 1);
    if (from > last) {
      return List.of();
    }
    return repository.leaves(from, last).stream()
        .map(l -> new EntryView(l.index(), base64(l.leaf().getBytes(StandardCharsets.UTF_8)), l.kind(), l.id()))
        .toList();
  }

  /** The answer of {@code /proof/inclusion}. */
  record InclusionProof(long index, long treeSize, String rootHash, String leafHash, List<String> hashes) {}

  @GetMapping("/proof/inclusion")
  InclusionProof inclusion(@RequestParam(required = false) @Nullable Long index,
      @RequestParam(required = false) @Nullable Long treeSize) {
    MerkleTree committed = tree.tree();
    long size = committed.size();
    long t = treeSize == null ? size : treeSize;
    if (t < 1 || t > size) {
      throw new BadUserInputException("treeSize", "treeSize must be between 1 and the log's size, " + size);
    }
    if (index == null) {
      throw new BadUserInputException("index", "index is required");
    }
    if (index < 0 || index >= t) {
      throw new BadUserInputException("index", "index must be between 0 and treeSize - 1, " + (t - 1));
    }
    return new InclusionProof(index, t, base64(committed.root(t)), base64(committed.leaf(index)),
        committed.inclusion(index, t).stream().map(LogController::base64).toList());
  }

  /** The answer of {@code /proof/consistency}. */
  record ConsistencyProof(long first, long second, String firstRootHash, String secondRootHash, List<String> hashes) {}

  @GetMapping("/proof/consistency")
  ConsistencyProof consistency(@RequestParam(required = false) @Nullable Long first,
      @RequestParam(required = false) @Nullable Long second) {
    MerkleTree committed = tree.tree();
    long size = committed.size();
    if (first == null) {
      throw new BadUserInputException("first", "first is required");
    }
    long s = second == null ? size : second;
    if (s < 0 || s > size) {
      throw new BadUserInputException("second", "second must be between 0 and the log's size, " + size);
    }
    if (first < 0 || first > s) {
      throw new BadUserInputException("first", "first must be between 0 and second, " + s);
    }
    return new ConsistencyProof(first, s, base64(committed.root(first)), base64(committed.root(s)),
        committed.consistency(first, s).stream().map(LogController::base64).toList());
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
