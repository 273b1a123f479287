package org.origingraph.visibility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import tools.jackson.databind.JsonNode;

/**
 * The matrix test's schema-driven half: builds a selection of every field of a type from the
 * running schema, and walks an answer field by field, typed through {@code __typename}, with each
 * field's {@code @visibility} level and the node or provenance graph above it.
 */
final class SchemaWalker {

  /**
   * Fields that run a provenance walk of their own per item (priced like one): selecting them on every
   * batch of a walk would exceed any cost budget. Their visibility is tested in
   * VerificationIntegrationTests.
   */
  static final Set<String> WALKS_OF_THEIR_OWN = Set.of("Batch.verification", "Provenance.verification");

  private final GraphQLSchema schema;
  private final Set<String> nodeTypes;
  private final Map<String, String> aliases;

  SchemaWalker(GraphQLSchema schema, Set<String> nodeTypes, Map<String, String> aliases) {
    this.schema = schema;
    this.nodeTypes = nodeTypes;
    this.aliases = aliases;
  }

  /** One field value in an answer. */
  record Occurrence(List<Object> path, String coordinate, String level, boolean rounded, JsonNode value,
      String sourceType, JsonNode source, JsonNode context) {}


  interface Visitor {
    void visit(Occurrence occurrence);
  }

  /** Visits every field value of {@code json}, typed by the schema through {@code __typename}. */
  void walk(JsonNode answer, Visitor visitor) {
    List<Object> path = List.of();
    answer.get("data").properties().forEach(e -> {
      GraphQLFieldDefinition field = schema.getQueryType().getFieldDefinition(aliases.get(e.getKey()));
      visitValue(e.getValue(), field.getType(), append(path, e.getKey()), null, visitor);
    });
  }

  private void visitValue(JsonNode value, GraphQLOutputType type, List<Object> path, JsonNode context, Visitor visitor) {
    GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
    if (value == null || value.isNull()) {
      return;
    }
    if (bare instanceof GraphQLList list) {
      for (int i = 0; i < value.size(); i++) {
        visitValue(value.get(i), (GraphQLOutputType) list.getWrappedType(), append(path, i), context, visitor);
      }
      return;
    }
    if (!(bare instanceof GraphQLCompositeType)) {
      return;
    }
    GraphQLObjectType object = (GraphQLObjectType) schema.getType(value.get("__typename").asString());
    boolean owns = nodeTypes.contains(object.getName()) || object.getName().equals("Provenance");
    JsonNode childContext = owns ? value : context;
    value.properties().forEach(e -> {
      if (e.getKey().equals("__typename")) {
        return;
      }
      GraphQLFieldDefinition field = object.getFieldDefinition(e.getKey());
      GraphQLAppliedDirective directive = field.getAppliedDirective("visibility");
      String level = directive == null ? "PUBLIC" : String.valueOf((Object) directive.getArgument("level").getValue());
      boolean rounded = directive != null && (Object) directive.getArgument("roundTo").getValue() != null;
      List<Object> fieldPath = append(path, e.getKey());
      visitor.visit(new Occurrence(fieldPath, object.getName() + "." + e.getKey(), level, rounded, e.getValue(),
          object.getName(), value, context));
      visitValue(e.getValue(), field.getType(), fieldPath, childContext, visitor);
    });
  }

  /**
   * A selection of every field of {@code type}. Nodes inside nodes are selected by id (and GLN)
   * only, since the provenance's node list selects each of them in full; values without identity
   * are selected in full, however deep.
   */
  String selection(GraphQLOutputType type, boolean insideNode) {
    GraphQLType bare = GraphQLTypeUtil.unwrapAll(type);
    if (!(bare instanceof GraphQLCompositeType composite)) {
      return "";
    }
    List<GraphQLObjectType> concrete = switch (composite) {
      case GraphQLObjectType o -> List.of(o);
      case GraphQLInterfaceType i -> schema.getImplementations(i);
      case GraphQLUnionType u -> u.getTypes().stream().map(GraphQLObjectType.class::cast).toList();
      default -> List.of();
    };
    StringJoiner out = new StringJoiner(" ", "{ __typename ", " }");
    for (GraphQLObjectType object : concrete) {
      StringJoiner fields = new StringJoiner(" ");
      boolean reference = insideNode && nodeTypes.contains(object.getName());
      boolean inside = insideNode || nodeTypes.contains(object.getName());
      for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
        if (reference && !Set.of("id", "gln").contains(field.getName())) {
          continue;
        }
        if (WALKS_OF_THEIR_OWN.contains(object.getName() + "." + field.getName())) {
          continue;
        }
        String arguments = arguments(field);
        if (arguments == null) {
          continue;
        }
        fields.add(field.getName() + arguments + selection(field.getType(), inside));
      }
      out.add("... on " + object.getName() + " { " + fields + " }");
    }
    return out.toString();
  }

  /** Arguments for the required parameters of {@code field}; null when the test cannot supply them. */
  private static String arguments(GraphQLFieldDefinition field) {
    Map<String, String> values = new LinkedHashMap<>();
    for (GraphQLArgument argument : field.getArguments()) {
      if (!(argument.getType() instanceof GraphQLNonNull required)) {
        continue;
      }
      String typeName = ((GraphQLNamedType) required.getWrappedType()).getName();
      String value = switch (argument.getName() + ":" + typeName) {
        case "kind:StoryKind" -> "ORIGIN";
        case "latitude:Float" -> "10.0";
        case "longitude:Float" -> "106.0";
        default -> null;
      };
      if (value == null) {
        return null;
      }
      values.put(argument.getName(), value);
    }
    if (values.isEmpty()) {
      return "";
    }
    StringJoiner out = new StringJoiner(", ", "(", ")");
    values.forEach((k, v) -> out.add(k + ": " + v));
    return out.toString();
  }

  private static List<Object> append(List<Object> path, Object segment) {
    List<Object> out = new ArrayList<>(path);
    out.add(segment);
    return out;
  }
}
