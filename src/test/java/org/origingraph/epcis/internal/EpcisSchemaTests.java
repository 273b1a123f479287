package org.origingraph.epcis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The shipped GS1 schema accepts GS1's own examples and points at what is wrong in others, offline. */
class EpcisSchemaTests {

  static final Path EXAMPLES = Path.of("../shared/data/epcis");
  private static final JsonMapper json = JsonMapper.builder().build();
  private final EpcisSchema schema = new EpcisSchema();

  static List<Path> examples() throws IOException {
    Path dir = Files.isDirectory(EXAMPLES) ? EXAMPLES : Path.of("src/test/resources/epcis/examples");
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".jsonld")).sorted().toList();
    }
  }

  @Test
  void acceptsEveryOfficialExample() throws IOException {
    List<Path> files = examples();
    assertThat(files).hasSizeGreaterThanOrEqualTo(14);
    for (Path file : files) {
      assertThat(schema.validate(json.readTree(file.toFile()))).as(file.toString()).isEmpty();
    }
  }

  @Test
  void pointsAtTheViolatingMember() throws IOException {
    ObjectNode document = (ObjectNode) json.readTree(examples().stream()
        .filter(f -> f.getFileName().toString().equals("Example_9.6.1-ObjectEvent.jsonld")).findFirst().orElseThrow().toFile());
    ObjectNode event = (ObjectNode) document.path("epcisBody").path("eventList").get(1);
    event.put("action", "SHAKE");
    event.remove("eventTime");
    List<EpcisSchema.Violation> violations = schema.validate(document);
    assertThat(violations).extracting(EpcisSchema.Violation::pointer)
        .contains("/epcisBody/eventList/1/action");
    assertThat(violations).anySatisfy(v -> assertThat(v.message()).contains("eventTime"));
  }

  @Test
  void rejectsADocumentWithoutItsBody() {
    JsonNode document = json.readTree("{\"type\":\"EPCISDocument\",\"schemaVersion\":\"2.0\"}");
    assertThat(schema.validate(document)).isNotEmpty();
  }
}
