package org.origingraph.epcis.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * An EPCIS JSON event read the way the CBV 2.0 event hash reads it: a tree of named texts.
 *
 * <p>GS1's reference implementation hashes JSON by first reshaping it into the XML binding's
 * structure, and its hashes depend on that shape, so it is reproduced here: list members become
 * repeated children named after the list ({@code epcList} holds {@code epc}s, {@code quantityList}
 * holds {@code quantityElement}s); a bizTransaction, source or destination becomes a <em>pair</em>
 * of its first two members in document order; extension names become {@code {namespace}local};
 * siblings are ordered as Python orders its tuples. Bare CBV words are expanded as the reference
 * expands them ({@link HashVocabulary}). Stateless and thread-safe: each call reads into a tree of its own.
 */
final class HashTree {

  /** A named text with children; a pair is a list member whose order is kept. Children are mutable. */
  record Node(String name, String text, List<Node> children, boolean pair) {

    Node(String name, String text, List<Node> children) {
      this(name, text, children, false);
    }
  }

  /** Prefixes the reference always knows; a document may redefine all but {@code gs1}. */
  private static final Map<String, String> WELL_KNOWN = Map.of("gs1", HashVocabulary.GS1_VOC, "cbv", HashVocabulary.CBV,
      "epcis", "https://ref.gs1.org/epcis/", "cbvmda", "urn:epcglobal:cbv:mda");
  /** Objects holding one of these keep document order, as in the reference (the standard writes type first). */
  private static final Set<String> ORDERED = Set.of("bizTransaction", "source", "destination");
  private static final Set<String> PAIR_LISTS = Set.of("bizTransactionList", "sourceList", "destinationList");
  private static final Set<String> COMMENTS = Set.of("comment", "rdfs:comment");
  static final Comparator<String> CODE_POINTS = HashTree::compareCodePoints;
  private static final Comparator<Node> TUPLES = HashTree::compareNodes;

  private final Map<String, String> namespaces;
  private final Set<String> vocabulary;

  private HashTree(Map<String, String> namespaces, Set<String> vocabulary) {
    this.namespaces = namespaces;
    this.vocabulary = vocabulary;
  }

  /** The tree of {@code event}; its name is the event type. */
  static Node of(JsonNode event, Map<String, String> prefixes) {
    Map<String, String> namespaces = new HashMap<>(WELL_KNOWN);
    namespaces.putAll(prefixes);
    namespaces.put("gs1", HashVocabulary.GS1_VOC);
    return correct(new HashTree(namespaces, HashVocabulary.of(event)).read(event));
  }

  private Node read(JsonNode value) {
    if (value.isArray()) {
      List<Node> items = new ArrayList<>();
      boolean ordered = false;
      for (JsonNode item : value) {
        items.add(read(item));
        ordered |= item.isString() && ORDERED.contains(expand(item.asString()));
      }
      if (!ordered) {
        items.sort(TUPLES);
      }
      return new Node("", "", items);
    }
    if (!value.isObject()) {
      return new Node("", scalar(value), new ArrayList<>());
    }
    List<Node> children = new ArrayList<>();
    for (var member : value.properties()) {
      String key = member.getKey();
      // #text (an element's text) and @xmlns (namespaces) come from XML-to-JSON converters; the text is
      // read below, the namespaces are not used.
      if (COMMENTS.contains(key) || key.equals("#text") || key.startsWith("@xmlns")) {
        continue;
      }
      Node child = read(member.getValue());
      String name = name(key);
      if (member.getValue().isArray()) {
        child.children().forEach(item -> children.add(new Node(name, item.text(), item.children())));
      } else {
        children.add(new Node(name, child.text(), child.children()));
      }
    }
    if (ORDERED.stream().noneMatch(value::has)) {
      children.sort(TUPLES);
    }
    String type = value.path("type").isString() ? expand(value.path("type").asString()) : "";
    String text = value.path("#text").isString() ? expand(value.path("#text").asString()) : "";
    return new Node(type, text, children);
  }

  /** A leaf as Python's {@code str()} prints it, which is what the reference hashes. */
  private String scalar(JsonNode value) {
    if (value.isString()) {
      String text = expand(value.asString());
      int colon = text.indexOf(':');
      String namespace = colon < 0 ? null : namespaces.get(text.substring(0, colon));
      // Only CURIEs of GS1's own vocabularies become URIs in values; a user's stay as written.
      if (namespace != null && (namespace.startsWith("https://ref.gs1.org") || namespace.startsWith("https://gs1.org"))) {
        return namespace + text.substring(colon + 1);
      }
      return text;
    }
    if (value.isBoolean()) {
      return String.valueOf(value.booleanValue());
    }
    if (value.isIntegralNumber()) {
      return value.bigIntegerValue().toString();
    }
    if (value.isNumber()) {
      return HashValues.pythonFloat(value.doubleValue());
    }
    return value.isNull() ? "None" : value.asString("");
  }

  private String name(String key) {
    int colon = key.indexOf(':');
    String namespace = colon < 0 ? null : namespaces.get(key.substring(0, colon));
    return namespace == null ? key : "{" + namespace + "}" + key.substring(colon + 1);
  }

  /** A bare word replaced by the one vocabulary URI of this event that ends in it, as the reference does. */
  private String expand(String word) {
    String found = null;
    for (String uri : vocabulary) {
      int at = uri.length() - word.length() - 1;
      if (at >= 0 && uri.endsWith(word) && (uri.charAt(at) == '-' || uri.charAt(at) == '/')) {
        if (found != null) {
          return word;
        }
        found = uri;
      }
    }
    return found == null ? word : found;
  }

  /** The reference's JSON-to-XML corrections: lists named after their members, pairs, XML names. */
  private static Node correct(Node node) {
    List<Node> children = new ArrayList<>();
    Map<String, List<Node>> lists = new LinkedHashMap<>();
    for (Node child : node.children()) {
      if (!child.pair() && child.name().endsWith("List")) {
        String member = child.name().substring(0, child.name().length() - 4);
        lists.computeIfAbsent(child.name(), k -> new ArrayList<>()).add(new Node(member, child.text(), child.children()));
      } else {
        children.add(child);
      }
    }
    lists.forEach((name, members) -> children.add(new Node(name, "",
        PAIR_LISTS.contains(name) ? new ArrayList<>(members.stream().map(HashTree::pair).toList()) : members)));
    List<Node> corrected = new ArrayList<>();
    List<Node> childEpcs = new ArrayList<>();
    for (Node child : children) {
      if (child.name().equals("childEPCs")) {
        childEpcs.add(new Node("epc", child.text(), new ArrayList<>()));
      } else {
        corrected.add(PAIR_LISTS.contains(child.name()) ? child : correct(child));
      }
    }
    if (!childEpcs.isEmpty()) {
      corrected.add(correct(new Node("childEPCs", "", childEpcs)));
    }
    return new Node(xmlName(node), node.text(), corrected, node.pair());
  }

  /** The first two members of a bizTransaction, source or destination; the reference drops the rest. */
  private static Node pair(Node member) {
    List<Node> members = member.children();
    return new Node("", "", new ArrayList<>(members.subList(0, Math.min(2, members.size()))), true);
  }

  private static String xmlName(Node node) {
    return switch (node.name()) {
      case "inputEPC", "outputEPC" -> "epc";
      case "inputQuantity", "outputQuantity", "childQuantity" -> "quantityElement";
      case "quantity" -> node.children().isEmpty() ? "quantity" : "quantityElement";
      default -> node.name();
    };
  }

  private static int compareNodes(Node a, Node b) {
    int c = compareCodePoints(a.name(), b.name());
    if (c == 0) {
      c = compareCodePoints(a.text(), b.text());
    }
    for (int i = 0; c == 0 && i < Math.min(a.children().size(), b.children().size()); i++) {
      c = compareNodes(a.children().get(i), b.children().get(i));
    }
    return c != 0 ? c : Integer.compare(a.children().size(), b.children().size());
  }

  /** Python's string order: by code point, where Java's compareTo goes by UTF-16 unit. */
  private static int compareCodePoints(String a, String b) {
    int common = Math.min(a.length(), b.length());
    for (int i = 0; i < common; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        // The two orders differ only where a surrogate meets a character above them.
        return Character.isSurrogate(x) || Character.isSurrogate(y)
            ? Integer.compare(a.codePointAt(i), b.codePointAt(i)) : Character.compare(x, y);
      }
    }
    return Integer.compare(a.length(), b.length());
  }
}
