package org.origingraph.epcis.internal;

import java.util.Comparator;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * GS1's EPCIS 2.0 JSON Schema, loaded from the jar and applied to captured documents.
 *
 * <p>The schema's {@code $id} ({@code https://gs1.github.io/EPCIS/…}) is mapped onto
 * {@code classpath:epcis/schema/}, and remote fetching is switched off, so validation never touches
 * the network: a server in a plant with no internet access validates exactly as one in the cloud.
 * The compiled schema is immutable and thread-safe; one instance serves all requests.
 */
@Component
public class EpcisSchema {

  static final String SCHEMA_ID = "https://gs1.github.io/EPCIS/EPCIS-JSON-Schema.json";
  private static final int MAX_VIOLATIONS = 100;

  /** One schema violation: where in the document, and what. */
  public record Violation(String pointer, String message) {}

  private final Schema schema;

  EpcisSchema() {
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .pathType(PathType.JSON_POINTER)
        .formatAssertionsEnabled(true)
        .build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder
        .schemaRegistryConfig(config)
        .schemaLoader(loader -> loader
            .fetchRemoteResources(false)
            .schemaIdResolvers(ids -> ids.mapPrefix("https://gs1.github.io/EPCIS/", "classpath:epcis/schema/"))));
    this.schema = registry.getSchema(SchemaLocation.of(SCHEMA_ID));
    this.schema.initializeValidators();
  }

  /** The violations of {@code document}, sorted by pointer; empty when it is valid. */
  public List<Violation> validate(JsonNode document) {
    List<Error> errors = schema.validate(document);
    return errors.stream()
        .map(e -> new Violation(pointer(e), e.getMessage()))
        .distinct()
        .sorted(Comparator.comparing(Violation::pointer))
        .limit(MAX_VIOLATIONS)
        .toList();
  }

  private static String pointer(Error error) {
    String location = error.getInstanceLocation().toString();
    return location.isEmpty() ? "/" : location;
  }
}
