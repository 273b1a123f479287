package org.origingraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

/** The SDL is the contract front-end teams read: every element of it must say what it is. */
class SchemaDocumentationTests {

  @Test
  void everyTypeFieldArgumentAndEnumValueIsDescribed() throws IOException {
    TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
    try (Stream<Path> files = Files.list(Path.of("graphql-schema"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).toList()) {
        registry.merge(new SchemaParser().parse(Files.readString(file)));
      }
    }
    List<String> undocumented = new ArrayList<>();
    List<TypeDefinition> types = new ArrayList<>(registry.types().values());
    registry.objectTypeExtensions().values().forEach(types::addAll);
    registry.scalars().values().stream().filter(s -> s.getSourceLocation() != null).forEach(types::add);
    for (TypeDefinition<?> type : types) {
      boolean extension = type.getClass().getSimpleName().endsWith("ExtensionDefinition");
      if (!extension && !described(descriptionOf(type)) && !List.of("Query", "Mutation").contains(type.getName())) {
        undocumented.add(type.getName());
      }
      List<FieldDefinition> fields = switch (type) {
        case ObjectTypeDefinition object -> object.getFieldDefinitions();
        case InterfaceTypeDefinition object -> object.getFieldDefinitions();
        default -> List.of();
      };
      for (FieldDefinition field : fields) {
        if (!described(field.getDescription())) {
          undocumented.add(type.getName() + "." + field.getName());
        }
        for (InputValueDefinition argument : field.getInputValueDefinitions()) {
          if (!described(argument.getDescription())) {
            undocumented.add(type.getName() + "." + field.getName() + "(" + argument.getName() + ")");
          }
        }
      }
      if (type instanceof InputObjectTypeDefinition input) {
        input.getInputValueDefinitions().stream().filter(v -> !described(v.getDescription()))
            .forEach(v -> undocumented.add(type.getName() + "." + v.getName()));
      }
      if (type instanceof EnumTypeDefinition enumeration) {
        enumeration.getEnumValueDefinitions().stream().filter(v -> !described(v.getDescription()))
            .forEach(v -> undocumented.add(type.getName() + "." + v.getName()));
      }
    }
    assertThat(undocumented).isEmpty();
  }

  private static Description descriptionOf(TypeDefinition<?> type) {
    try {
      return (Description) type.getClass().getMethod("getDescription").invoke(type);
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  private static boolean described(Description description) {
    return description != null && !description.getContent().isBlank();
  }
}
