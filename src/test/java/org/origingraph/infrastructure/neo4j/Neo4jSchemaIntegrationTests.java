package org.origingraph.infrastructure.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.origingraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

class Neo4jSchemaIntegrationTests extends IntegrationTest {

  @Autowired
  private Neo4jClient neo4j;

  @Autowired
  private Neo4jSchemaInitializer initializer;

  @Test
  void identifiersAreUniqueConstraintsCreatedAtStartUp() {
    var names = neo4j.query("SHOW CONSTRAINTS YIELD name RETURN name").fetchAs(String.class).all();
    assertThat(names).contains("product_gtin", "batch_gtin_lot", "facility_gln", "organization_gln", "shipment_id", "event_id");
  }

  @Test
  void creatingTheSchemaAgainChangesNothing() {
    long before = neo4j.query("SHOW CONSTRAINTS YIELD name RETURN count(*)").fetchAs(Long.class).one().orElseThrow();
    initializer.run(null);
    long after = neo4j.query("SHOW CONSTRAINTS YIELD name RETURN count(*)").fetchAs(Long.class).one().orElseThrow();
    assertThat(after).isEqualTo(before);
  }

  @Test
  void theDatabaseRefusesASecondProductWithTheSameGtin() {
    assertThatThrownBy(() -> neo4j.query("CREATE (:Product {gtin: $gtin})").bindAll(Map.of("gtin", FLAGSHIP_GTIN)).run())
        .hasMessageContaining("already exists");
  }
}
