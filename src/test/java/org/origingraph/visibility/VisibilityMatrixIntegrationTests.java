package org.origingraph.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.origingraph.IntegrationTest;
import org.origingraph.api.GlobalId;
import org.origingraph.TestJwts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every role against every field of every data type, over the demo data: a query generated from the
 * schema selects every field of every type reachable from the flagship's provenance (both ways) and
 * from facility, product, batch and node lookups; it runs as each role, and every PARTY value is
 * checked against the test's own reading of who is a party to what ({@link DemoParties}). A value
 * shown to a caller not entitled to it, a value withheld from one who is, a withheld value missing
 * from {@code extensions.withheld}, or a PUBLIC value that differs from the regulator's, is a leak
 * or a loss; the test expects none of either.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisibilityMatrixIntegrationTests extends IntegrationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> NODE_TYPES = Set.of("Product", "Batch", "Facility", "Organization", "Shipment", "Certificate");
  /** Top-level aliases of the lookup query and the field each stands for. */
  private static final Map<String, String> ALIASES = Map.of(
      "plant", "facility", "osaka", "facility", "farm", "facility", "flagshipProduct", "product",
      "flagshipBatch", "batch", "osakaShipment", "node", "otherShipment", "node", "provenance", "provenance");

  @Autowired
  GraphQlSource graphQlSource;

  private GraphQLSchema schema;
  private SchemaWalker walker;
  /** The provenance query, then the lookups: together they exceed one query's complexity limit. */
  private List<String> queries;
  private List<JsonNode> references;

  @BeforeAll
  void buildQueryAndReference() {
    schema = graphQlSource.schema();
    walker = new SchemaWalker(schema, NODE_TYPES, ALIASES);
    var q = schema.getQueryType();
    String provenance = "provenance: provenance(gtin: \"%s\", lot: \"%s\", direction: BOTH) %s"
        .formatted(FLAGSHIP_GTIN, FLAGSHIP_LOT, walker.selection(q.getFieldDefinition("provenance").getType(), false));
    // Batch.integrity re-verifies a whole provenance: once, on the flagship lookup below, not on every node
    provenance = provenance.replace("integrity" + walker.selection(
        schema.getObjectType("Batch").getFieldDefinition("integrity").getType(), true), "");
    String facility = walker.selection(q.getFieldDefinition("facility").getType(), false);
    String node = walker.selection(q.getFieldDefinition("node").getType(), false);
    String lookups = "{ plant: facility(gln: \"8938512000107\") " + facility
        + " osaka: facility(gln: \"4571234000105\") " + facility
        + " farm: facility(gln: \"8938513000106\") " + facility
        + " flagshipProduct: product(gtin: \"" + FLAGSHIP_GTIN + "\") " + walker.selection(q.getFieldDefinition("product").getType(), false)
        + " flagshipBatch: batch(gtin: \"" + FLAGSHIP_GTIN + "\", lot: \"" + FLAGSHIP_LOT + "\") "
        + walker.selection(q.getFieldDefinition("batch").getType(), false)
        + " osakaShipment: node(id: \"" + id("Shipment", "SHP-2026-0024") + "\") " + node
        + " otherShipment: node(id: \"" + id("Shipment", "SHP-2026-0025") + "\") " + node
        + " }";
    queries = List.of("{ " + provenance + " }", lookups);
    references = run(Map.of("X-API-Key", READER_KEY));
    for (JsonNode reference : references) {
      assertThat(reference.path("errors").isMissingNode()).as(reference.path("errors").toString()).isTrue();
      assertThat(reference.path("extensions").path("withheld").isMissingNode()).isTrue();
    }
  }

  @Test
  void queryCoversEveryFieldOfEveryDataTypeOnTheWay() {
    Set<String> selected = new TreeSet<>();
    references.forEach(reference -> walker.walk(reference, o -> selected.add(o.coordinate())));
    Set<String> expected = new TreeSet<>();
    for (String type : List.of("Product", "Batch", "BatchInput", "Facility", "Organization", "Address", "GeoPoint",
        "Shipment", "ShipmentItem", "Certificate", "Provenance", "ProvenanceEdge", "Quantity")) {
      ((GraphQLFieldsContainer) schema.getType(type)).getFieldDefinitions().forEach(f -> expected.add(type + "." + f.getName()));
    }
    expected.removeAll(SchemaWalker.WALKS_OF_THEIR_OWN);
    assertThat(selected).containsAll(expected);
  }

  @Test
  void anonymousCallerSeesOnlyThePublicView() {
    assertNoLeaks("PUBLIC", run(Map.of()), node -> false);
  }

  @Test
  void regulatorAndAdminSeeEverything() {
    assertNoLeaks("REGULATOR", references, node -> true);
    assertNoLeaks("ADMIN", run(Map.of("X-API-Key", ADMIN_KEY)), node -> true);
    assertNoLeaks("REGULATOR (JWT)", run(jwt("REGULATOR", AUTHORITY_GLN)), node -> true);
  }

  @Test
  void producerSeesItsOwnFacilitiesBatchesAndShipmentsOnly() {
    DemoParties producer = DemoParties.producer(FLAGSHIP_MAKER_GLN);
    assertNoLeaks("PRODUCER", run(Map.of("X-API-Key", PRODUCER_KEY)), node -> partyTo(producer, node));
    assertNoLeaks("PRODUCER (JWT)", run(jwt("PRODUCER", FLAGSHIP_MAKER_GLN)), node -> partyTo(producer, node));
  }

  @Test
  void importerSeesTheUpstreamOfWhatItReceivedOnly() {
    DemoParties importer = DemoParties.importer(IMPORTER_GLN);
    assertThat(importer.shipments()).contains("SHP-2026-0024", "SHP-2026-0023", "SHP-2026-0019")
        .doesNotContain("SHP-2026-0025", "SHP-2026-0020");
    assertNoLeaks("IMPORTER", run(Map.of("X-API-Key", IMPORTER_KEY)), node -> partyTo(importer, node));
    assertNoLeaks("IMPORTER (JWT)", run(jwt("IMPORTER", IMPORTER_GLN)), node -> partyTo(importer, node));
  }

  @Test
  void aProducerOfAnotherChainSeesThePublicViewOfThisOne() {
    // Bia Phố Hiến brews beer; nothing on the candy's path is its own.
    DemoParties brewer = DemoParties.producer("8938521000006");
    assertNoLeaks("PRODUCER elsewhere", run(jwt("PRODUCER", "8938521000006")), node -> partyTo(brewer, node));
  }

  // ---------------------------------------------------------------------------------------------

  private interface Entitlement {
    boolean test(Node node);
  }

  /**
   * A node of the answer: its type, its business key, its JSON in the regulator's answer and, for a
   * certificate, the subjects it was read through.
   */
  record Node(String type, String key, JsonNode json, List<Node> subjects) {
    @Override
    public String toString() {
      return type + ":" + key;
    }
  }

  private void assertNoLeaks(String role, List<JsonNode> answers, Entitlement entitled) {
    int[] counts = new int[2];
    for (int i = 0; i < answers.size(); i++) {
      int[] some = assertNoLeaks(role, answers.get(i), references.get(i), entitled);
      counts[0] += some[0];
      counts[1] += some[1];
    }
    assertThat(counts[0] + counts[1]).as(role + ": PARTY values checked").isGreaterThan(100);
    if (role.equals("PRODUCER") || role.equals("IMPORTER")) {
      // Both sides of the rule are exercised: some values shown in full, some withheld.
      assertThat(counts[0]).as(role + ": PARTY values entitled to").isGreaterThan(10);
      assertThat(counts[1]).as(role + ": PARTY values not entitled to").isGreaterThan(10);
    }
  }

  private int[] assertNoLeaks(String role, JsonNode answer, JsonNode reference, Entitlement entitled) {
    assertThat(answer.path("errors").isMissingNode()).as(role + ": " + answer.path("errors")).isTrue();
    Set<String> withheld = paths(answer.at("/extensions/withheld"));
    Set<String> rounded = paths(answer.at("/extensions/rounded"));
    Map<String, JsonNode> nodesById = new HashMap<>();
    walker.walk(reference, o -> {
      if (NODE_TYPES.contains(o.sourceType()) && o.source().has("id")) {
        // Keep the fullest selection of each node: the provenance's node list has every field.
        nodesById.merge(o.source().get("id").asString(), o.source(), (a, b) -> a.size() >= b.size() ? a : b);
      }
    });
    List<String> problems = new ArrayList<>();
    int[] counts = new int[2];
    Set<String> partyPaths = new TreeSet<>();
    walker.walk(answer, o -> {
      String path = JSON.writeValueAsString(o.path());
      JsonNode expected = reference.at(pointer(o.path()));
      if (o.level().equals("PUBLIC")) {
        if (!o.value().isContainer() && !o.value().equals(expected)) {
          problems.add(role + " lost or changed PUBLIC " + path + ": " + o.value() + " vs " + expected);
        }
        return;
      }
      partyPaths.add(path);
      Node owner = owner(o, nodesById);
      boolean mayRead = !o.level().equals("REGULATOR") && owner != null && entitled.test(owner)
          || role.startsWith("REGULATOR") || role.startsWith("ADMIN");
      counts[mayRead ? 0 : 1]++;
      if (mayRead) {
        if (!o.value().equals(expected) || withheld.contains(path) || rounded.contains(path)) {
          problems.add(role + " was refused " + path + " of " + owner + ": " + o.value() + " vs " + expected);
        }
      } else if (o.rounded()) {
        double exact = expected.asDouble();
        if (Math.abs(o.value().asDouble() - Math.round(exact * 10) / 10.0) > 1e-9 || !rounded.contains(path)) {
          problems.add(role + " LEAK: " + path + " not rounded: " + o.value());
        }
      } else if (!o.value().isNull() || !withheld.contains(path)) {
        problems.add(role + " LEAK: " + path + " of " + owner + " = " + o.value() + (withheld.contains(path) ? "" : " (not listed)"));
      }
    });
    Set<String> stray = new TreeSet<>(withheld);
    stray.addAll(rounded);
    stray.removeAll(partyPaths);
    stray.forEach(p -> problems.add(role + " lists " + p + ", which is no PARTY field of the answer"));
    assertThat(problems).as(role).isEmpty();
    return counts;
  }

  private static boolean partyTo(DemoParties parties, Node node) {
    JsonNode json = node.json();
    return switch (node.type()) {
      case "Facility" -> parties.facilities().contains(node.key()) || parties.upstreamFacilities().contains(node.key());
      case "Batch" -> parties.facilities().contains(json.at("/facility/gln").asString())
          || parties.batches().contains(node.key());
      case "Shipment" -> parties.facilities().contains(json.at("/origin/gln").asString())
          || parties.facilities().contains(json.at("/destination/gln").asString())
          || parties.shipments().contains(node.key());
      case "Organization" -> parties.organization().equals(node.key()) || parties.organizations().contains(node.key());
      case "Certificate" -> parties.certificates().contains(node.key())
          || node.subjects().stream().anyMatch(subject -> subject != null && partyTo(parties, subject));
      default -> false;
    };
  }

  /**
   * The node a field belongs to: the source itself when it is a node, the edge's start node for an
   * edge, else the nearest node above. A certificate is judged by itself (an importer's upstream)
   * and by the subjects it is read through: the node above it, or in a provenance graph every node
   * it CERTIFIES.
   */
  private static Node owner(SchemaWalker.Occurrence o, Map<String, JsonNode> nodesById) {
    JsonNode source = o.source();
    if (o.sourceType().equals("ProvenanceEdge")) {
      JsonNode from = nodesById.get(source.get("from").asString());
      return node(from, from == null ? List.of() : subjects(from, o.context(), nodesById));
    }
    if (!NODE_TYPES.contains(o.sourceType())) {
      return node(o.context() == null ? null : nodesById.getOrDefault(o.context().path("id").asString(), o.context()), List.of());
    }
    return node(nodesById.getOrDefault(source.path("id").asString(), source), subjects(source, o.context(), nodesById));
  }

  /** For a certificate: the node it is read through, or in a provenance graph every node it certifies. */
  private static List<Node> subjects(JsonNode node, JsonNode context, Map<String, JsonNode> nodesById) {
    List<Node> subjects = new ArrayList<>();
    if (!node.path("__typename").asString().equals("Certificate") || context == null) {
      return subjects;
    }
    if (context.has("edges")) {
      for (JsonNode edge : context.get("edges")) {
        if (edge.get("kind").asString().equals("CERTIFIES") && edge.get("from").equals(node.get("id"))) {
          subjects.add(node(nodesById.get(edge.get("to").asString()), List.of()));
        }
      }
    } else if (!context.path("__typename").asString().equals("Certificate")) {
      subjects.add(node(nodesById.getOrDefault(context.path("id").asString(), context), List.of()));
    }
    return subjects;
  }

  private static Node node(JsonNode json, List<Node> subjects) {
    if (json == null || !json.has("id")) {
      return null;
    }
    String decoded = new String(Base64.getUrlDecoder().decode(json.get("id").asString()), StandardCharsets.UTF_8);
    int colon = decoded.indexOf(':');
    String type = decoded.substring(0, colon);
    // Shipment and certificate ids seal their keys; the regulator's answer has them in the clear.
    String key = switch (type) {
      case "Shipment" -> json.path("reference").asString();
      case "Certificate" -> json.path("scheme").asString() + ":" + json.path("number").asString();
      default -> decoded.substring(colon + 1);
    };
    return new Node(type, key, json, subjects);
  }

  // ---------------------------------------------------------------------------------------------

  private List<JsonNode> run(Map<String, String> headers) {
    var client = WebTestClient.bindToServer().baseUrl(url("")).responseTimeout(Duration.ofSeconds(120)).build();
    List<JsonNode> answers = new ArrayList<>();
    for (String query : queries) {
      var request = client.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON);
      headers.forEach(request::header);
      byte[] body = request.bodyValue(Map.of("query", query)).exchange()
          .expectStatus().isOk().expectBody().returnResult().getResponseBody();
      answers.add(JSON.readTree(body));
    }
    return answers;
  }

  private static Map<String, String> jwt(String role, String organization) {
    return Map.of("Authorization", "Bearer " + TestJwts.token("matrix-" + role.toLowerCase(), role, organization));
  }

  private static String id(String type, String key) {
    return GlobalId.encode(type, key);
  }

  private static Set<String> paths(JsonNode list) {
    Set<String> out = new TreeSet<>();
    list.forEach(p -> out.add(p.toString()));
    return out;
  }

  private static String pointer(List<Object> path) {
    StringBuilder out = new StringBuilder("/data");
    path.forEach(p -> out.append('/').append(String.valueOf(p).replace("~", "~0").replace("/", "~1")));
    return out.toString();
  }

}
