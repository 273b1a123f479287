package org.origingraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A module's Cypher names only its own node labels: the module that owns a label writes and reads its
 * nodes, and other modules go through its API (docs/decisions/008-graph-ownership.md). Spring Modulith
 * cannot see this coupling, since Cypher is text, so this test reads the sources: every string literal
 * and text block under {@code src/main/java/org/origingraph/<module>/} that looks like Cypher, and the
 * labels of its node patterns and label predicates, and its relationship types.
 */
class CypherOwnershipTests {

  private static final Path SOURCES = Path.of("src/main/java/org/origingraph");

  /** Every node label and relationship type, by the module that owns it. One missing here fails the test. */
  private static final Map<String, String> OWNERS = Map.ofEntries(
      Map.entry("Product", "provenance"), Map.entry("Batch", "provenance"), Map.entry("Facility", "provenance"),
      Map.entry("Organization", "provenance"), Map.entry("Shipment", "provenance"),
      Map.entry("Certificate", "provenance"),
      Map.entry("Event", "epcis"), Map.entry("Item", "epcis"), Map.entry("Transformation", "epcis"),
      Map.entry("CaptureJob", "epcis"),
      Map.entry("Story", "story"), Map.entry("StoryText", "story"),
      Map.entry("AuditRecord", "audit"),
      Map.entry("LogEntry", "integrity"), Map.entry("LogState", "integrity"),
      // relationship types: a relation belongs to the module that owns the node it starts from
      Map.entry("OF", "provenance"), Map.entry("PRODUCED_AT", "provenance"), Map.entry("MADE_FROM", "provenance"),
      Map.entry("FROM", "provenance"), Map.entry("TO", "provenance"), Map.entry("CARRIES", "provenance"),
      Map.entry("OPERATES", "provenance"), Map.entry("OWNS", "provenance"), Map.entry("CERTIFIES", "provenance"),
      Map.entry("TOUCHED", "epcis"),
      Map.entry("ABOUT", "story"), Map.entry("TRANSLATION", "story"));

  private static final Pattern CYPHER = Pattern.compile("\\b(MATCH|MERGE|CREATE|UNWIND|RETURN|EXISTS|FOREACH)\\b");
  /** {@code (x:A}, {@code (:A:B}, {@code (x:A|B}, {@code (x:A&B}. */
  private static final Pattern NODE_LABELS =
      Pattern.compile("\\(\\s*(?:[A-Za-z_]\\w*)?\\s*:\\s*(!?[A-Z]\\w*(?:\\s*[:|&]\\s*!?[A-Z]\\w*)*)");
  /** A label predicate, {@code WHERE x:A} or {@code x:A|B}, outside a node pattern. */
  private static final Pattern LABEL_PREDICATE =
      Pattern.compile("(?<![\\w(\\[\"'$.])([a-z_]\\w*):(!?[A-Z]\\w*(?:\\s*[:|&]\\s*!?[A-Z]\\w*)*)");
  /** {@code [r:T}, {@code [:T|U}, {@code [:T|:U}. */
  private static final Pattern RELATIONSHIP_TYPES =
      Pattern.compile("\\[\\s*(?:[A-Za-z_]\\w*)?\\s*:\\s*([A-Z]\\w*(?:\\s*\\|\\s*:?[A-Z]\\w*)*)");
  private static final Pattern LABEL = Pattern.compile("[A-Z]\\w*");

  @Test
  void everyModulesCypherNamesOnlyItsOwnLabels() throws IOException {
    List<String> crossings = new ArrayList<>();
    Set<String> unknown = new TreeSet<>();
    for (Path file : javaSources()) {
      String relative = SOURCES.relativize(file).toString().replace('\\', '/');
      String module = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
      for (String literal : cypherLiterals(Files.readString(file))) {
        for (String label : labels(literal)) {
          String owner = OWNERS.get(label);
          if (owner == null) {
            unknown.add(label + " (" + relative + ")");
          } else if (!owner.equals(module)) {
            crossings.add(relative + ": " + label + " (owned by " + owner + ") in: "
                + literal.lines().filter(line -> line.contains(label)).findFirst().orElse("").strip());
          }
        }
      }
    }
    assertThat(unknown).as("labels and relationship types missing from the owner table").isEmpty();
    assertThat(crossings).as("Cypher naming another module's labels").isEmpty();
  }

  @Test
  void findsTheLabelsOfTheCaptureStatementThatWroteProvenanceNodesFromEpcis() {
    // EventWrites before the provenance module owned its writes
    String source = """
        class EventWrites {
          // MATCH (x:Ignored) in a comment is not Cypher
          private static final String BATCHES = \"""
              UNWIND $rows AS r
              MERGE (p:Product {gtin: r.gtin})
              MERGE (b:Batch {gtin: r.gtin, lot: r.lot})
              WITH p, b WHERE NOT EXISTS { (b)-[:OF]->(:Product) }
              CREATE (b)-[:OF]->(p)\""";
          String receipts = "MATCH (s:Shipment)-[:CARRIES]->(b) WHERE EXISTS { (s)-[:TO]->(:Facility {gln: $to}) }";
          String predicate = "MATCH (n) WHERE n:Organization|Certificate RETURN n";
          String notCypher = "urn:epc:id:sgtin:Foo (x:Bar)";
        }""";
    List<String> literals = cypherLiterals(source);
    assertThat(literals).hasSize(3);
    Set<String> labels = new TreeSet<>();
    literals.forEach(l -> labels.addAll(labels(l)));
    assertThat(labels).containsExactly("Batch", "CARRIES", "Certificate", "Facility", "OF", "Organization", "Product",
        "Shipment", "TO");
  }

  private static List<Path> javaSources() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** The labels of {@code cypher}'s node patterns and label predicates, and its relationship types. */
  static Set<String> labels(String cypher) {
    Set<String> labels = new LinkedHashSet<>();
    for (Pattern pattern : List.of(NODE_LABELS, LABEL_PREDICATE, RELATIONSHIP_TYPES)) {
      Matcher m = pattern.matcher(cypher);
      while (m.find()) {
        Matcher label = LABEL.matcher(m.group(m.groupCount()));
        while (label.find()) {
          labels.add(label.group());
        }
      }
    }
    return labels;
  }

  /** The string literals and text blocks of Java {@code source} that contain a Cypher clause; comments skipped. */
  static List<String> cypherLiterals(String source) {
    List<String> literals = new ArrayList<>();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        i = lineEnd(source, i);
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        while (end > 0 && source.charAt(end - 1) == '\\') {
          end = source.indexOf("\"\"\"", end + 1);
        }
        end = end < 0 ? n : end;
        literals.add(source.substring(i + 3, end));
        i = end + 3;
      } else if (c == '"' || c == '\'') {
        StringBuilder text = new StringBuilder();
        int j = i + 1;
        while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
          if (source.charAt(j) == '\\' && j + 1 < n) {
            j++;
          }
          text.append(source.charAt(j));
          j++;
        }
        if (c == '"') {
          literals.add(text.toString());
        }
        i = j + 1;
      } else {
        i++;
      }
    }
    return literals.stream().filter(l -> CYPHER.matcher(l).find()).toList();
  }

  private static int lineEnd(String source, int from) {
    int end = source.indexOf('\n', from);
    return end < 0 ? source.length() : end;
  }
}
