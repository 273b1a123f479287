package org.origingraph.httpapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The registered operations front-ends may rely on: one named operation per {@code .graphql} file,
 * found by the SHA-256 of the file's text (as Apollo's persisted queries name a query) or by its
 * operation name. Loaded once at start-up; immutable and thread-safe.
 *
 * <p>A file must hold exactly one named operation and no two may share a name, else the service does
 * not start: a manifest that silently answered the wrong operation would be worse than none.
 */
final class OperationManifest {

  /** A registered operation: its name, the hex SHA-256 of its text, and the text. */
  record Operation(String id, String sha256Hash, String text) {}

  private final Map<String, Operation> byHash = new LinkedHashMap<>();
  private final Map<String, Operation> byId = new LinkedHashMap<>();
  private final Map<String, Operation> byText = new LinkedHashMap<>();

  OperationManifest(Map<String, String> textsByFile) {
    textsByFile.forEach((file, text) -> {
      Operation operation = new Operation(operationName(file, text), sha256(text), text);
      if (byId.putIfAbsent(operation.id(), operation) != null) {
        throw new IllegalStateException("Two registered operations are named " + operation.id() + " (" + file + ")");
      }
      byHash.put(operation.sha256Hash(), operation);
      byText.put(text.strip(), operation);
    });
  }

  /** Reads every file matching {@code pattern} (e.g. {@code classpath*:graphql-operations/*.graphql}). */
  static OperationManifest load(String pattern) {
    try {
      Map<String, String> texts = new LinkedHashMap<>();
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
        texts.put(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
      }
      return new OperationManifest(texts);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the registered operations at " + pattern, e);
    }
  }

  /** The operation whose hash ({@code abc…} or {@code sha256:abc…}) or name is {@code key}. */
  Optional<Operation> find(String key) {
    String hash = key.startsWith("sha256:") ? key.substring("sha256:".length()) : key;
    Operation operation = byHash.get(hash.toLowerCase(java.util.Locale.ROOT));
    return Optional.ofNullable(operation != null ? operation : byId.get(key));
  }

  /** The operation whose text is {@code text} (surrounding white space aside). */
  Optional<Operation> byText(String text) {
    return Optional.ofNullable(byText.get(text.strip()));
  }

  Iterable<Operation> operations() {
    return byId.values();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }

  private static String operationName(String file, String text) {
    Document document = Parser.parse(text);
    var operations = document.getDefinitionsOfType(OperationDefinition.class);
    if (operations.size() != 1 || operations.getFirst().getName() == null) {
      throw new IllegalStateException("A registered operation file holds exactly one named operation: " + file);
    }
    return operations.getFirst().getName();
  }
}
