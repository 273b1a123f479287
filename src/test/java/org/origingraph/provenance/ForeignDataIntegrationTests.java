package org.origingraph.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.origingraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Data written by another system (an enum value this API does not know, a property of the wrong type,
 * a missing property) degrades to OTHER or null with a warning in the log; it never turns the whole
 * answer into an error. The nodes are written directly in Neo4j, as such a system would.
 */
class ForeignDataIntegrationTests extends IntegrationTest {

  private static final String GTIN = "08999990000027";

  @Autowired
  private Neo4jClient neo4j;

  @Test
  void unknownEnumValuesAndOddPropertiesDoNotBreakTheAnswer() {
    neo4j.query("""
        MERGE (p:Product {gtin: $gtin})
          SET p.name = 'Cá tra phi lê (foreign)', p.group = 'SEAFOOD', p.shelfLifeDays = 'ninety', p.images = 'one.jpg'
        MERGE (o:Organization {gln: '8999999000028'}) SET o.name = 'Foreign Co', o.country = 'VN', o.roles = ['FARM', 'ALIEN']
        MERGE (f:Facility {gln: '8999999000011'}) SET f.name = 'Foreign farm', f.country = 'VN', f.type = 'GREENHOUSE'
        MERGE (o)-[:OPERATES]->(f)
        MERGE (b:Batch {gtin: $gtin, lot: 'ODD-1'}) SET b.producedAt = 'yesterday', b.quantity = 'a lot', b.uom = 'KGM'
        MERGE (input:Batch {gtin: $gtin, lot: 'ODD-0'})
        MERGE (b)-[:OF]->(p) MERGE (input)-[:OF]->(p)
        MERGE (b)-[:PRODUCED_AT {at: 'noon'}]->(f)
        MERGE (b)-[:MADE_FROM {quantity: 'some'}]->(input)
        MERGE (s:Shipment {id: 'SHP-ODD-1'}) SET s.transportMode = 'TELEPORT', s.departedAt = 42
        MERGE (s)-[:CARRIES]->(b) MERGE (s)-[:FROM]->(f)""")
        .bindAll(Map.of("gtin", GTIN)).run();

    var response = graphQl.documentName("provenance").variable("gtin", GTIN).variable("lot", "ODD-1").execute();

    response.errors().verify();
    response.path("provenance.root.product.group").entity(String.class).isEqualTo("OTHER");
    response.path("provenance.tiers").entity(Integer.class).isEqualTo(2);
    assertThat(response.path("provenance.nodes[?(@.__typename == 'Batch')].lot").entityList(String.class).get())
        .containsExactlyInAnyOrder("ODD-1", "ODD-0");
    var root = response.path("provenance.nodes[?(@.lot == 'ODD-1')]").entityList(Map.class).get().getFirst();
    assertThat(root.get("producedAt")).isNull();
    assertThat(response.path("provenance.nodes[?(@.__typename == 'Product')].group").entityList(String.class).get())
        .containsOnly("OTHER");
    assertThat(response.path("provenance.nodes[?(@.__typename == 'Facility')].type").entityList(String.class).get())
        .containsExactly("WAREHOUSE");
    assertThat(response.path("provenance.nodes[?(@.__typename == 'Organization')].roles").entityList(List.class).get())
        .containsExactly(List.of("FARM"));
    var shipment = response.path("provenance.nodes[?(@.__typename == 'Shipment')]").entityList(Map.class).get().getFirst();
    assertThat(shipment.get("transportMode")).isNull();
    assertThat(shipment.get("departedAt")).isNull();
    assertThat(response.path("provenance.edges[?(@.kind == 'MADE_FROM')].quantity").entityList(Object.class).get())
        .containsExactly((Object) null);

    graphQl.document("{ product(gtin: \"" + GTIN + "\") { group shelfLifeDays images } }").execute()
        .errors().verify()
        .path("product.group").entity(String.class).isEqualTo("OTHER")
        .path("product.shelfLifeDays").valueIsNull()
        .path("product.images").entityList(String.class).hasSize(0);
  }
}
