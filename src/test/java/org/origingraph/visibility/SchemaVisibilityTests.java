package org.origingraph.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import graphql.language.Directive;
import graphql.language.FieldDefinition;
import graphql.language.FloatValue;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.NonNullType;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

/**
 * Every field of every data type says who may read it. A field added without {@code @visibility}
 * fails here (and would be read as PUBLIC), so nobody ships a field whose exposure was not decided.
 */
class SchemaVisibilityTests {

  private static final Set<String> OPERATION_TYPES = Set.of("Query", "Mutation", "Subscription");

  @Test
  void everyFieldOfEveryDataTypeHasAVisibilityLevel() throws IOException {
    List<String> missing = new ArrayList<>();
    for (FieldOf f : dataTypeFields(registry())) {
      if (f.field().getDirectives("visibility").size() != 1) {
        missing.add(f.type() + "." + f.field().getName());
      }
    }
    assertThat(missing).as("fields without exactly one @visibility").isEmpty();
  }

  @Test
  void withheldFieldsAreNullableAndOnlyFloatsAreRounded() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (FieldOf f : dataTypeFields(registry())) {
      for (Directive directive : f.field().getDirectives("visibility")) {
        String level = directive.getArgument("level").getValue().toString();
        boolean rounded = directive.getArgument("roundTo") != null;
        String name = f.type() + "." + f.field().getName();
        if (rounded && !(f.field().getType() instanceof NonNullType nn && nn.getType() instanceof TypeName t
            && t.getName().equals("Float") || f.field().getType() instanceof TypeName t2 && t2.getName().equals("Float"))) {
          wrong.add(name + " rounds a non-Float");
        }
        if (rounded && !(directive.getArgument("roundTo").getValue() instanceof FloatValue)) {
          wrong.add(name + " roundTo is not a Float");
        }
        if (!level.contains("PUBLIC") && !rounded && f.field().getType() instanceof NonNullType) {
          wrong.add(name + " can be withheld but is non-null");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void whatTheIssueNamesAsNotPublicIsNotPublic() throws IOException {
    List<String> notPublic = List.of("Batch.quantity", "BatchInput.quantity", "ShipmentItem.quantity",
        "ProvenanceEdge.quantity", "Shipment.sscc", "Shipment.carrier", "Shipment.reference",
        "Certificate.number", "Address.street", "Address.postalCode", "GeoPoint.latitude", "GeoPoint.longitude",
        "Batch.quantityFormatted", "Facility.distanceFrom");
    List<String> publicOnes = new ArrayList<>();
    for (FieldOf f : dataTypeFields(registry())) {
      String name = f.type() + "." + f.field().getName();
      if (notPublic.contains(name)
          && f.field().getDirectives("visibility").getFirst().getArgument("level").getValue().toString().contains("PUBLIC")) {
        publicOnes.add(name);
      }
    }
    assertThat(publicOnes).isEmpty();
  }

  record FieldOf(String type, FieldDefinition field) {}

  static List<FieldOf> dataTypeFields(TypeDefinitionRegistry registry) {
    List<TypeDefinition> types = new ArrayList<>(registry.types().values());
    registry.objectTypeExtensions().values().forEach(types::addAll);
    registry.interfaceTypeExtensions().values().forEach(types::addAll);
    List<FieldOf> fields = new ArrayList<>();
    for (TypeDefinition<?> type : types) {
      if (type instanceof ImplementingTypeDefinition<?> object && !OPERATION_TYPES.contains(type.getName())) {
        object.getFieldDefinitions().forEach(f -> fields.add(new FieldOf(type.getName(), f)));
      }
    }
    assertThat(fields).hasSizeGreaterThan(100);
    return fields;
  }

  static TypeDefinitionRegistry registry() throws IOException {
    TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
    try (Stream<Path> files = Files.list(Path.of("graphql-schema"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).toList()) {
        registry.merge(new SchemaParser().parse(Files.readString(file)));
      }
    }
    return registry;
  }
}
