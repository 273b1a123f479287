package com.acme.app.epcis.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The CBV 2.0 "event hash ID" ({@code ni:///sha-256;…?ver=CBV2.0}): an event's identity derived from its
 * content, used as its key when the producer sent no eventID, so that the same event captured twice, in
 * any JSON property order or identifier syntax, is recognised.
 *
 * <p>Follows the rules of CBV 2.0 §8.9 as far as they matter for recognising duplicates: a fixed
 * property order; lists sorted lexically; timestamps in UTC with millisecond precision and {@code Z};
 * numbers without trailing zeros; EPCs, classes and locations in canonical GS1 Digital Link form; CBV
 * vocabulary as GS1 Web URIs; user extensions as {@code {namespace}name=value}, sorted. eventID,
 * recordTime, errorDeclaration and certificationInfo are not part of the hash, so an error declaration
 * hashes to the event it corrects. Not verified bit for bit against GS1's reference implementation:
 * two servers may disagree on exotic events, which only weakens cross-system use, not de-duplication
 * here. Stateless and thread-safe.
 */
public final class EventHash {

  private static final String CBV = "https://ref.gs1.org/cbv/";
  private static final DateTimeFormatter UTC_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
  private static final List<String> EPC_LISTS = List.of("epcList", "parentID", "inputEPCList", "childEPCs");
  private static final List<String> QUANTITY_LISTS = List.of("quantityList", "childQuantityList", "inputQuantityList");
  /** Fields with a place in the canonical order; every other non-JSON-LD field is a user extension. */
  static final Set<String> STANDARD = Set.of("type", "eventID", "eventTime", "eventTimeZoneOffset", "recordTime",
      "epcList", "parentID", "inputEPCList", "childEPCs", "quantityList", "childQuantityList", "inputQuantityList",
      "outputEPCList", "outputQuantityList", "action", "transformationID", "bizStep", "disposition",
      "persistentDisposition", "readPoint", "bizLocation", "bizTransactionList", "sourceList", "destinationList",
      "sensorElementList", "ilmd", "errorDeclaration", "certificationInfo", "@context");

  private EventHash() {}

  /** The hash id of {@code event}; {@code prefixes} maps JSON-LD prefixes of the document to namespaces. */
  public static String of(JsonNode event, Map<String, String> prefixes) {
    byte[] digest = sha256(preHash(event, prefixes));
    return "ni:///sha-256;" + HexFormat.of().formatHex(digest) + "?ver=CBV2.0";
  }

  /** The canonical string that is hashed; package-visible for tests. */
  static String preHash(JsonNode e, Map<String, String> prefixes) {
    StringBuilder out = new StringBuilder();
    out.append("eventType=").append(e.path("type").asString(""));
    field(out, "eventTime", time(e.path("eventTime")));
    field(out, "eventTimeZoneOffset", text(e.path("eventTimeZoneOffset")));
    for (String list : EPC_LISTS) {
      epcs(out, list, e.path(list));
    }
    for (String list : QUANTITY_LISTS) {
      quantities(out, list, e.path(list));
    }
    epcs(out, "outputEPCList", e.path("outputEPCList"));
    quantities(out, "outputQuantityList", e.path("outputQuantityList"));
    field(out, "action", text(e.path("action")));
    field(out, "transformationID", text(e.path("transformationID")));
    field(out, "bizStep", vocabulary("BizStep-", e.path("bizStep")));
    field(out, "disposition", vocabulary("Disp-", e.path("disposition")));
    if (e.has("persistentDisposition")) {
      out.append("persistentDisposition");
      sortedVocabulary(out, "set", e.path("persistentDisposition").path("set"));
      sortedVocabulary(out, "unset", e.path("persistentDisposition").path("unset"));
    }
    location(out, "readPoint", e.path("readPoint"));
    location(out, "bizLocation", e.path("bizLocation"));
    typed(out, "bizTransactionList", "BTT-", "bizTransaction", e.path("bizTransactionList"));
    typed(out, "sourceList", "SDT-", "source", e.path("sourceList"));
    typed(out, "destinationList", "SDT-", "destination", e.path("destinationList"));
    if (e.has("sensorElementList")) {
      List<String> elements = new ArrayList<>();
      for (JsonNode element : e.path("sensorElementList")) {
        elements.add("sensorElement" + generic(element, prefixes));
      }
      out.append("sensorElementList").append(String.join("", elements.stream().sorted().toList()));
    }
    if (e.has("ilmd")) {
      out.append("ilmd").append(generic(e.path("ilmd"), prefixes));
    }
    List<String> extensions = new ArrayList<>();
    for (var property : e.properties()) {
      if (!STANDARD.contains(property.getKey())) {
        extensions.add(member(property.getKey(), property.getValue(), prefixes));
      }
    }
    extensions.stream().sorted().forEach(out::append);
    return out.toString();
  }

  private static void field(StringBuilder out, String name, String value) {
    if (!value.isEmpty()) {
      out.append(name).append('=').append(value);
    }
  }

  private static void epcs(StringBuilder out, String name, JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return;
    }
    List<String> values = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> values.add("epc=" + canonical(n.asString(""))));
    } else {
      values.add("epc=" + canonical(node.asString("")));
    }
    out.append(name).append(String.join("", values.stream().sorted().toList()));
  }

  private static void quantities(StringBuilder out, String name, JsonNode list) {
    if (!list.isArray()) {
      return;
    }
    List<String> elements = new ArrayList<>();
    for (JsonNode q : list) {
      StringBuilder element = new StringBuilder("quantityElement");
      field(element, "epcClass", canonical(q.path("epcClass").asString("")));
      field(element, "quantity", number(q.path("quantity")));
      field(element, "uom", text(q.path("uom")));
      elements.add(element.toString());
    }
    out.append(name).append(String.join("", elements.stream().sorted().toList()));
  }

  private static void location(StringBuilder out, String name, JsonNode node) {
    if (node.has("id")) {
      out.append(name).append("id=").append(canonical(node.path("id").asString("")));
    }
  }

  private static void typed(StringBuilder out, String name, String vocabularyPrefix, String valueField, JsonNode list) {
    if (!list.isArray()) {
      return;
    }
    List<String> elements = new ArrayList<>();
    for (JsonNode item : list) {
      StringBuilder element = new StringBuilder();
      field(element, "type", vocabulary(vocabularyPrefix, item.path("type")));
      field(element, valueField, canonical(item.path(valueField).asString("")));
      elements.add(element.toString());
    }
    out.append(name).append(String.join("", elements.stream().sorted().toList()));
  }

  private static void sortedVocabulary(StringBuilder out, String name, JsonNode list) {
    List<String> values = new ArrayList<>();
    list.forEach(n -> values.add(name + "=" + vocabulary("Disp-", n)));
    values.stream().sorted().forEach(out::append);
  }

  /** Objects as sorted {@code name=value} members; used for sensor elements, ILMD and extensions. */
  private static String generic(JsonNode node, Map<String, String> prefixes) {
    if (node.isObject()) {
      List<String> members = new ArrayList<>();
      node.properties().forEach(p -> members.add(member(p.getKey(), p.getValue(), prefixes)));
      return String.join("", members.stream().sorted().toList());
    }
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(n -> items.add(generic(n, prefixes)));
      return String.join("", items.stream().sorted().toList());
    }
    return node.isNumber() ? number(node) : canonical(node.asString("").strip());
  }

  private static String member(String name, JsonNode value, Map<String, String> prefixes) {
    String expanded = name;
    int colon = name.indexOf(':');
    if (colon > 0 && prefixes.containsKey(name.substring(0, colon))) {
      expanded = "{" + prefixes.get(name.substring(0, colon)) + "}" + name.substring(colon + 1);
    }
    return value.isObject() || value.isArray() ? expanded + generic(value, prefixes) : expanded + "=" + generic(value, prefixes);
  }

  private static String canonical(String identifier) {
    try {
      return EpcIdentifiers.parse(identifier.strip()).canonical();
    } catch (IllegalArgumentException e) {
      return identifier.strip();
    }
  }

  private static String vocabulary(String prefix, JsonNode node) {
    String value = text(node);
    if (value.isEmpty() || value.contains(":")) {
      if (value.startsWith("urn:epcglobal:cbv:")) {
        String[] parts = value.split(":");
        return CBV + prefix + parts[parts.length - 1];
      }
      return value;
    }
    return CBV + prefix + value;
  }

  private static String time(JsonNode node) {
    String value = text(node);
    if (value.isEmpty()) {
      return value;
    }
    try {
      OffsetDateTime time = OffsetDateTime.parse(value);
      long nanos = time.getNano();
      BigDecimal millis = BigDecimal.valueOf(nanos).divide(BigDecimal.valueOf(1_000_000), 0, RoundingMode.HALF_UP);
      OffsetDateTime rounded = time.withNano(0).plusNanos(millis.longValue() * 1_000_000);
      return rounded.withOffsetSameInstant(ZoneOffset.UTC).format(UTC_MILLIS);
    } catch (RuntimeException e) {
      return value;
    }
  }

  private static String number(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return "";
    }
    BigDecimal value = node.isNumber() ? node.decimalValue() : new BigDecimal(node.asString("0"));
    return value.stripTrailingZeros().toPlainString();
  }

  private static String text(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? "" : node.asString("").strip();
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
