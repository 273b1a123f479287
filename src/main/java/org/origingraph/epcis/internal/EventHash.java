package org.origingraph.epcis.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.origingraph.epcis.internal.HashTree.Node;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The CBV 2.0 "event hash ID" ({@code ni:///sha-256;…?ver=CBV2.0}): an event's identity derived from its
 * content, used as its key when the producer sent no eventID, so that the same event captured twice, in
 * any JSON property order or identifier syntax, is recognised.
 *
 * <p>Verified bit for bit against GS1's reference implementation (RalphTro/epcis-event-hash-generator,
 * CBV 2.0 profile): {@code EventHashTests} holds its hashes for GS1's EPCIS 2.0 example documents and
 * for the reference's own test documents. The pre-hash string is the event type, then the standard
 * fields in the CBV property order (lists sorted, timestamps in UTC to the millisecond, identifiers as
 * canonical Digital Links, CBV words as GS1 Web URIs, numbers without redundant digits), then the ILMD,
 * then user extensions inside standard fields, then the event's own user extensions, each written as
 * {@code {namespace}name=value} and sorted. eventID, recordTime, errorDeclaration and certificationInfo
 * are not hashed, so an error declaration hashes to the event it corrects.
 *
 * <p>Unlike the reference, an event's hash never depends on the other events of its document (see
 * {@link HashVocabulary}), and where the reference cannot hash an event at all (a bizTransaction, source
 * or destination without a type; a JSON-LD context with term definitions) this class still returns one.
 * Stateless and thread-safe.
 */
public final class EventHash {

  /** A field of the CBV property order; {@code parts} orders a structured field's children. */
  private record Field(String name, @Nullable List<Field> parts) {}

  private static final List<Field> QUANTITY = List.of(new Field("quantityElement", leaves("epcClass", "quantity", "uom")));
  private static final List<Field> EPCS = leaves("epc");
  /** bizTransactions, sources and destinations are pairs (type and identifier); they need no sub-order. */
  private static final List<Field> PAIRS = List.of();
  private static final List<Field> ORDER = List.of(
      leaf("eventTime"), leaf("eventTimeZoneOffset"), new Field("epcList", EPCS), leaf("parentID"),
      new Field("inputEPCList", EPCS), new Field("childEPCs", EPCS), new Field("quantityList", QUANTITY),
      new Field("childQuantityList", QUANTITY), new Field("inputQuantityList", QUANTITY),
      new Field("outputEPCList", EPCS), new Field("outputQuantityList", QUANTITY),
      leaf("action"), leaf("transformationID"), leaf("bizStep"), leaf("disposition"),
      new Field("persistentDisposition", leaves("set", "unset")),
      new Field("readPoint", leaves("id")), new Field("bizLocation", leaves("id")),
      new Field("bizTransactionList", PAIRS), new Field("sourceList", PAIRS), new Field("destinationList", PAIRS),
      new Field("sensorElementList", List.of(new Field("sensorElement", List.of(
          new Field("sensorMetadata", leaves("time", "startTime", "endTime", "deviceID", "deviceMetadata", "rawData",
              "dataProcessingMethod", "bizRules")),
          new Field("sensorReport", leaves("type", "exception", "deviceID", "deviceMetadata", "rawData",
              "dataProcessingMethod", "time", "microorganism", "chemicalSubstance", "value", "component",
              "stringValue", "booleanValue", "hexBinaryValue", "uriValue", "minValue", "maxValue", "meanValue", "sDev",
              "percRank", "percValue", "uom", "coordinateReferenceSystem")))))));
  private static final Map<List<Field>, Map<String, Integer>> POSITIONS = positions(ORDER);
  private static final Set<String> NOT_HASHED = Set.of("recordTime", "eventID", "type", "errorDeclaration", "certificationInfo");
  /** Content holding one of these keeps document order, as in the reference (the standard writes type first). */
  private static final Set<String> ORDERED = Set.of("bizTransaction", "source", "destination");

  private EventHash() {}

  /**
   * The hash ID of {@code event}.
   *
   * @param prefixes the JSON-LD prefixes the document declares inline (prefix to namespace), for the
   *     names of user extensions; GS1's own ({@code gs1}, {@code cbv}, {@code epcis}, {@code cbvmda}) are known
   */
  public static String of(JsonNode event, Map<String, String> prefixes) {
    byte[] digest = sha256(preHash(event, prefixes));
    return "ni:///sha-256;" + HexFormat.of().formatHex(digest) + "?ver=CBV2.0";
  }

  /** The canonical string that is hashed; package-visible for tests. */
  static String preHash(JsonNode event, Map<String, String> prefixes) {
    Node root = HashTree.of(event, prefixes);
    List<Node> fields = root.children();
    // Standard fields are consumed as they are written: what is left over is extension. CBV 2.0 then
    // writes the ILMD, the extensions left inside standard fields, and the event's own extensions.
    String standard = inOrder(fields, ORDER);
    List<Node> ilmd = named(fields, "ilmd");
    fields.removeIf(n -> !n.pair() && n.name().equals("ilmd"));
    List<String> fieldExtensions = new ArrayList<>();
    for (Field field : ORDER) {
      for (Node child : field.parts() == null ? List.<Node>of() : named(fields, field.name())) {
        String inner = extensions(child.children(), field.parts());
        if (!inner.isEmpty()) {
          fieldExtensions.add(label(field.name()) + inner);
          fields.removeIf(n -> n == child);
        }
      }
    }
    String own = members(fields.stream().filter(f -> !NOT_HASHED.contains(f.name())).toList());
    return "eventType=" + root.name() + standard + String.join("", ilmd.isEmpty() ? "" : members(ilmd),
        String.join("", fieldExtensions), own);
  }

  /** Writes the fields of {@code order} found in {@code nodes}, same-named ones sorted, and removes them. */
  private static String inOrder(List<Node> nodes, List<Field> order) {
    Map<String, Integer> positions = Objects.requireNonNull(POSITIONS.get(order),
        "a field order that is not part of ORDER: positions are computed from ORDER only");
    @SuppressWarnings("unchecked")
    List<Node>[] byPosition = new List[order.size()];
    for (Node node : nodes) {
      Integer position = node.pair() ? null : positions.get(node.name());
      if (position != null) {
        if (byPosition[position] == null) {
          byPosition[position] = new ArrayList<>(2);
        }
        byPosition[position].add(node);
      }
    }
    StringBuilder out = new StringBuilder();
    Set<Node> written = null;
    for (int position = 0; position < byPosition.length; position++) {
      if (byPosition[position] == null) {
        continue;
      }
      List<Field> parts = order.get(position).parts();
      List<String> values = new ArrayList<>(byPosition[position].size());
      for (Node child : byPosition[position]) {
        String value = field(child, parts);
        if (!value.isEmpty()) {
          values.add(value);
        }
        if (child.children().isEmpty()) {
          if (written == null) {
            written = Collections.newSetFromMap(new IdentityHashMap<>());
          }
          written.add(child);
        }
      }
      values.sort(HashTree.CODE_POINTS);
      values.forEach(out::append);
    }
    if (written != null) {
      nodes.removeIf(written::contains);
    }
    return out.toString();
  }

  /** The position of each field name in each field order, so that a node finds its place in one lookup. */
  private static Map<List<Field>, Map<String, Integer>> positions(List<Field> order) {
    Map<List<Field>, Map<String, Integer>> all = new IdentityHashMap<>();
    collectPositions(order, all);
    return all;
  }

  private static void collectPositions(List<Field> order, Map<List<Field>, Map<String, Integer>> all) {
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      positions.putIfAbsent(order.get(i).name(), i);
      if (order.get(i).parts() != null) {
        collectPositions(order.get(i).parts(), all);
      }
    }
    all.put(order, positions);
  }

  private static String field(Node node, @Nullable List<Field> parts) {
    String children = "";
    if (parts != null && !node.children().isEmpty() && node.children().stream().allMatch(Node::pair)) {
      children = members(node.children());
      node.children().clear();
    } else if (parts != null) {
      children = inOrder(node.children(), parts);
    }
    String text = "";
    if (!node.text().isEmpty()) {
      String value = HashValues.strip(node.text());
      value = HashValues.isTime(node.name()) ? HashValues.time(value) : HashValues.canonical(value);
      text = value.isEmpty() ? "" : "=" + value;
    }
    return text.isEmpty() && children.isEmpty() ? "" : label(node.name()) + text + children;
  }

  /**
   * User extensions left inside standard fields, prefixed by the path of field names that leads to
   * them (CBV 2.0 writes them after the ILMD, not inside their field).
   */
  private static String extensions(List<Node> nodes, List<Field> order) {
    StringBuilder out = new StringBuilder();
    for (Field field : order) {
      if (field.parts() != null) {
        for (Node child : named(nodes, field.name())) {
          String inner = extensions(child.children(), field.parts());
          out.append(inner.isEmpty() ? "" : label(field.name()) + inner);
        }
      }
    }
    List<Node> direct = nodes.stream().filter(n -> !n.pair() && n.name().contains("{") && n.name().contains("/}")).toList();
    return out.append(direct.isEmpty() ? "" : members(direct)).toString();
  }

  /** Any other content: {@code name=value} and children, sorted unless it holds an ordered member. */
  private static String members(List<Node> nodes) {
    List<String> values = new ArrayList<>();
    for (Node node : nodes) {
      if (node.pair()) {
        values.add(members(node.children()));
        continue;
      }
      String text = HashValues.strip(node.text());
      values.add(node.name() + (text.isEmpty() ? "" : "=" + HashValues.canonical(text)) + members(node.children()));
    }
    if (nodes.size() > 1 && nodes.stream().noneMatch(n -> ORDERED.contains(n.name()))) {
      values.sort(HashTree.CODE_POINTS);
    }
    return String.join("", values);
  }

  /** CBV 2.0 writes the members of sensorElementList without the list's own name. */
  private static String label(String name) {
    return name.equals("sensorElementList") ? "" : name;
  }

  private static List<Node> named(List<Node> nodes, String name) {
    List<Node> named = new ArrayList<>();
    for (Node node : nodes) {
      if (!node.pair() && node.name().equals(name)) {
        named.add(node);
      }
    }
    return named;
  }

  private static Field leaf(String name) {
    return new Field(name, null);
  }

  private static List<Field> leaves(String... names) {
    return Arrays.stream(names).map(EventHash::leaf).toList();
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
