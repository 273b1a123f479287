package org.origingraph.epcis.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CBV and GS1 vocabulary URIs an event uses, for the event hash to expand bare words with.
 *
 * <p>GS1's reference implementation expands a document with the EPCIS 2.0 JSON-LD context, collects every
 * resulting value under {@code https://ref.gs1.org/cbv}, {@code https://ref.gs1.org/voc} or
 * {@code https://gs1.org/voc}, and then replaces each string of the document that is the last segment of
 * exactly one of them: {@code shipping} in bizStep, but also {@code in_transit} in an extension of an event
 * whose disposition is {@code in_transit}. This class computes that set without a JSON-LD processor: the
 * words the context defines for its {@code @vocab}-typed members, in the scope it defines them (a
 * sensorReport's type is a measurement type, a bizTransaction's a transaction type, and so on for
 * everything nested below), CBV and GS1 CURIEs where the context reads IRIs, and URIs written in full,
 * skipping members that JSON-LD drops (names neither defined by the context nor prefixed). Stateless and
 * thread-safe.
 */
final class HashVocabulary {

  static final String CBV = "https://ref.gs1.org/cbv/";
  /** GS1's reference binds {@code gs1:} here, not to the {@code https://gs1.org/voc/} of the published context. */
  static final String GS1_VOC = "https://ref.gs1.org/voc/";
  private static final List<String> ROOTS = List.of("https://ref.gs1.org/cbv", "https://gs1.org/voc", "https://ref.gs1.org/voc");
  /** The members the context types as {@code @vocab} everywhere, each with the vocabulary of its words. */
  private static final Map<String, String> TOP_SCOPE = Map.of("bizStep", CBV + "BizStep-", "disposition", CBV + "Disp-");
  /** The members it types so below a member only; in sensor elements {@code type} is the node type, no word. */
  private static final Map<String, Map<String, String>> SCOPES = Map.of(
      "persistentDisposition", Map.of("set", CBV + "Disp-", "unset", CBV + "Disp-"),
      "bizTransactionList", Map.of("type", CBV + "BTT-"),
      "sourceList", Map.of("type", CBV + "SDT-"),
      "destinationList", Map.of("type", CBV + "SDT-"),
      "sensorElementList", Map.of("type", ""),
      "sensorReport", Map.of("type", GS1_VOC, "exception", GS1_VOC, "component", CBV + "Comp-"));
  private static final Map<String, String> WORDS = new HashMap<>();
  private static final Set<String> TERMS = new HashSet<>();
  /** Members whose values JSON-LD reads as IRIs, expanding CURIEs: {@code id}, {@code type} and typed terms. */
  private static final Set<String> IRI_MEMBERS = new HashSet<>(Set.of("id", "type"));

  static {
    try (InputStream in = HashVocabulary.class.getResourceAsStream("/epcis/context/epcis-context.jsonld")) {
      if (in == null) {
        throw new IllegalStateException("epcis/context/epcis-context.jsonld is missing from the classpath");
      }
      readContext(JsonMapper.builder().build().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HashVocabulary() {}

  /*
   * Per event, not per document as in the reference, so that an event's hash does not depend on the
   * other events it was sent with. The error declaration is left out so that it keeps hashing to the
   * event it corrects.
   */
  static Set<String> of(JsonNode event) {
    Set<String> uris = new HashSet<>();
    collect(event, "", TOP_SCOPE, uris);
    return uris;
  }

  private static void collect(JsonNode node, String member, Map<String, String> scope, Set<String> uris) {
    if (node.isString()) {
      String value = node.asString();
      String word = WORDS.get(value);
      String vocabulary = scope.get(member);
      if (value.startsWith("https://") && isVocabulary(value)) {
        uris.add(value);
      } else if (IRI_MEMBERS.contains(member) && (value.startsWith("cbv:") || value.startsWith("gs1:"))) {
        uris.add((value.startsWith("cbv:") ? CBV : GS1_VOC) + value.substring(4));
      } else if (word != null && vocabulary != null && !vocabulary.isEmpty() && word.startsWith(vocabulary)) {
        uris.add(word);
      }
    }
    for (var child : node.properties()) {
      String name = child.getKey();
      if ((name.contains(":") || TERMS.contains(name)) && !name.equals("errorDeclaration")) {
        Map<String, String> inner = scope;
        if (SCOPES.containsKey(name)) {
          inner = new HashMap<>(scope);
          inner.putAll(SCOPES.get(name));
        }
        collect(child.getValue(), name, inner, uris);
      }
    }
    if (node.isArray()) {
      node.forEach(item -> collect(item, member, scope, uris));
    }
  }

  private static boolean isVocabulary(String value) {
    for (String root : ROOTS) {
      if (value.startsWith(root)) {
        return true;
      }
    }
    return false;
  }

  /** Every term the context defines, which of them hold IRIs, and for CBV and GS1 words their URI. */
  private static void readContext(JsonNode node) {
    for (var member : node.properties()) {
      String value = member.getValue().asString("");
      TERMS.add(member.getKey());
      String type = member.getValue().path("@type").asString("");
      if (type.equals("@id") || type.equals("@vocab")) {
        IRI_MEMBERS.add(member.getKey());
      }
      if (member.getValue().isString() && value.startsWith("cbv:")) {
        WORDS.put(member.getKey(), CBV + value.substring(4));
      } else if (member.getValue().isString() && value.startsWith("gs1:")) {
        WORDS.put(member.getKey(), GS1_VOC + value.substring(4));
      } else {
        readContext(member.getValue());
      }
    }
    if (node.isArray()) {
      node.forEach(HashVocabulary::readContext);
    }
  }
}
