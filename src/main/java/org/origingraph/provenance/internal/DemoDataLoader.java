package org.origingraph.provenance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.origingraph.gs1.Gln;
import org.origingraph.gs1.Gtin;
import org.origingraph.gs1.Lot;
import org.origingraph.gs1.Sscc;
import org.origingraph.integrity.Accepted;
import org.origingraph.integrity.IntegrityLog;
import org.origingraph.provenance.BatchKey;
import org.origingraph.provenance.ProductGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads {@code demo/provenance-demo.json} into an empty database, so that a fresh start shows real
 * chains: eight product groups, farms to export markets.
 *
 * <p>The file is data, not code: it is validated as user input would be (every GTIN, GLN and SSCC
 * check digit, every reference) and written in one transaction with a few {@code UNWIND} statements,
 * so a bad file fails the start with a message naming the entry and leaves the database empty. A
 * database that already holds data is left alone.
 */
@Component
@Order(100)
@ConditionalOnBooleanProperty(name = "origin.demo-data.enabled", matchIfMissing = true)
class DemoDataLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
  static final String RESOURCE = "demo/provenance-demo.json";

  private final Neo4jClient neo4j;
  private final TransactionTemplate transactions;
  private final ProvenanceRecords records;
  private final IntegrityLog integrity;

  DemoDataLoader(Neo4jClient neo4j, TransactionTemplate transactions, ProvenanceRecords records, IntegrityLog integrity) {
    this.neo4j = neo4j;
    this.transactions = transactions;
    this.records = records;
    this.integrity = integrity;
  }

  @Override
  public void run(ApplicationArguments args) {
    boolean empty = neo4j.query("MATCH (n) WITH n LIMIT 1 RETURN count(n) = 0").fetchAs(Boolean.class).one().orElse(true);
    if (!empty) {
      log.info("Database holds data; demo data not loaded");
      return;
    }
    DemoData data = read();
    transactions.executeWithoutResult(status -> {
      write(data);
      integrity.append(logged(data));
    });
    log.info("Demo data loaded: {} products, {} batches, {} facilities, {} shipments, {} certificates",
        data.products.size(), data.batches.size(), data.facilities.size(), data.shipments.size(), data.certificates.size());
  }

  /** The demo's products and batches, as the producers' mutations would have logged them. */
  private List<Accepted> logged(DemoData data) {
    List<Accepted> all = new ArrayList<>(records.products(data.products.stream().map(p -> (String) p.get("gtin")).toList()));
    all.addAll(records.batches(data.batches.stream()
        .map(b -> new BatchKey((String) b.get("gtin"), (String) b.get("lot"))).toList()));
    return all;
  }

  /** The file's sections, each entry converted to Cypher parameter maps with typed values. */
  record DemoData(
      List<Map<String, Object>> organizations,
      List<Map<String, Object>> facilities,
      List<Map<String, Object>> products,
      List<Map<String, Object>> batches,
      List<Map<String, Object>> shipments,
      List<Map<String, Object>> certificates) {}

  @SuppressWarnings("unchecked")
  static DemoData read() {
    Map<String, Object> file;
    try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
      file = JsonMapper.builder().build().readValue(in, Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    return new DemoData(
        convert(file, "organizations", DemoDataLoader::organization),
        convert(file, "facilities", DemoDataLoader::facility),
        convert(file, "products", DemoDataLoader::product),
        convert(file, "batches", DemoDataLoader::batch),
        convert(file, "shipments", DemoDataLoader::shipment),
        convert(file, "certificates", DemoDataLoader::certificate));
  }

  private void write(DemoData data) {
    neo4j.query("""
        UNWIND $rows AS row
        CREATE (o:Organization)
        SET o = row""").bind(data.organizations).to("rows").run();
    neo4j.query("""
        UNWIND $rows AS row
        MATCH (operator:Organization {gln: row.operator})
        CREATE (f:Facility)
        SET f = row {.*, operator: null, latitude: null, longitude: null},
            f.location = point({latitude: row.latitude, longitude: row.longitude})
        CREATE (operator)-[:OPERATES]->(f)""").bind(data.facilities).to("rows").run();
    neo4j.query("""
        UNWIND $rows AS row
        CREATE (p:Product)
        SET p = row
        WITH p, row
        MATCH (owner:Organization {gln: row.ownerGln})
        CREATE (owner)-[:OWNS]->(p)""").bind(data.products).to("rows").run();
    neo4j.query("""
        UNWIND $rows AS row
        MATCH (p:Product {gtin: row.gtin})
        MATCH (f:Facility {gln: row.facility})
        CREATE (b:Batch)
        SET b = row {.*, facility: null, inputs: null}
        CREATE (b)-[:OF]->(p)
        CREATE (b)-[:PRODUCED_AT {at: row.producedAt}]->(f)""").bind(data.batches).to("rows").run();
    neo4j.query("""
        UNWIND $rows AS row
        UNWIND row.inputs AS input
        MATCH (b:Batch {gtin: row.gtin, lot: row.lot})
        MATCH (i:Batch {gtin: input.gtin, lot: input.lot})
        CREATE (b)-[:MADE_FROM {quantity: input.quantity, uom: input.uom}]->(i)""").bind(data.batches).to("rows").run();
    neo4j.query("""
        UNWIND $rows AS row
        MATCH (origin:Facility {gln: row.from})
        MATCH (destination:Facility {gln: row.to})
        CREATE (s:Shipment)
        SET s = row {.*, from: null, to: null, items: null}
        CREATE (s)-[:FROM]->(origin)
        CREATE (s)-[:TO]->(destination)
        WITH s, row
        UNWIND row.items AS item
        MATCH (b:Batch {gtin: item.gtin, lot: item.lot})
        CREATE (s)-[:CARRIES {quantity: item.quantity, uom: item.uom}]->(b)""").bind(data.shipments).to("rows").run();
    neo4j.query("""
        UNWIND $rows AS row
        CREATE (c:Certificate)
        SET c = row {.*, subjects: null}
        WITH c, row
        UNWIND row.subjects AS subject
        OPTIONAL MATCH (f:Facility {gln: subject.gln}) WHERE subject.type = 'Facility'
        OPTIONAL MATCH (o:Organization {gln: subject.gln}) WHERE subject.type = 'Organization'
        OPTIONAL MATCH (b:Batch {gtin: subject.gtin, lot: subject.lot}) WHERE subject.type = 'Batch'
        WITH c, coalesce(f, o, b) AS target
        CREATE (c)-[:CERTIFIES]->(target)""").bind(data.certificates).to("rows").run();
    long dangling = neo4j.query("""
        MATCH (n) WHERE (n:Facility AND NOT EXISTS { (:Organization)-[:OPERATES]->(n) })
           OR (n:Batch AND NOT EXISTS { (n)-[:PRODUCED_AT]->() })
           OR (n:Certificate AND NOT EXISTS { (n)-[:CERTIFIES]->() })
        RETURN count(n)""").fetchAs(Long.class).one().orElse(0L);
    long expectedInputs = data.batches.stream().mapToLong(b -> ((List<?>) b.get("inputs")).size()).sum();
    long inputs = neo4j.query("MATCH ()-[r:MADE_FROM]->() RETURN count(r)").fetchAs(Long.class).one().orElse(0L);
    if (dangling > 0 || inputs != expectedInputs) {
      throw new IllegalStateException(RESOURCE + " has references to unknown facilities, organizations or batches");
    }
  }

  private interface Converter {
    Map<String, Object> convert(Map<String, Object> entry);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> convert(Map<String, Object> file, String section, Converter converter) {
    List<Map<String, Object>> entries = (List<Map<String, Object>>) file.getOrDefault(section, List.of());
    List<Map<String, Object>> rows = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      try {
        rows.add(converter.convert(entries.get(i)));
      } catch (RuntimeException e) {
        throw new IllegalStateException(RESOURCE + ": " + section + "[" + i + "]: " + e.getMessage(), e);
      }
    }
    return rows;
  }

  private static Map<String, Object> organization(Map<String, Object> e) {
    Map<String, Object> row = addressOf(e);
    row.put("gln", Gln.parse(str(e, "gln")).value());
    row.put("name", str(e, "name"));
    row.put("country", str(e, "country"));
    row.put("roles", e.get("roles"));
    return row;
  }

  private static Map<String, Object> facility(Map<String, Object> e) {
    Map<String, Object> row = addressOf(e);
    row.put("gln", Gln.parse(str(e, "gln")).value());
    row.put("name", str(e, "name"));
    row.put("type", str(e, "type"));
    row.put("operator", Gln.parse(str(e, "operator")).value());
    row.put("country", str(e, "country"));
    row.put("region", e.get("region"));
    row.put("latitude", ((Number) e.get("latitude")).doubleValue());
    row.put("longitude", ((Number) e.get("longitude")).doubleValue());
    return row;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> product(Map<String, Object> e) {
    Map<String, Object> row = new HashMap<>();
    row.put("gtin", Gtin.parse(str(e, "gtin")).value());
    row.put("name", str(e, "name"));
    row.put("brand", e.get("brand"));
    row.put("group", ProductGroup.valueOf(str(e, "group")).name());
    row.put("originCountry", str(e, "originCountry"));
    row.put("description", e.get("description"));
    row.put("images", e.getOrDefault("images", List.of()));
    row.put("standards", e.getOrDefault("standards", List.of()));
    row.put("shelfLifeDays", e.get("shelfLifeDays"));
    if (e.get("netContent") instanceof Map<?, ?> net) {
      row.put("netContentValue", ((Number) net.get("value")).doubleValue());
      row.put("netContentUnit", net.get("unit"));
    }
    row.put("ownerGln", Gln.parse(str(e, "owner")).value());
    return row;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> batch(Map<String, Object> e) {
    Map<String, Object> row = new HashMap<>();
    row.put("gtin", Gtin.parse(str(e, "gtin")).value());
    row.put("lot", Lot.parse(str(e, "lot")).value());
    row.put("producedAt", OffsetDateTime.parse(str(e, "producedAt")));
    row.put("expiresAt", e.get("expiresAt") == null ? null : LocalDate.parse(str(e, "expiresAt")));
    row.put("quantity", ((Number) e.get("quantity")).doubleValue());
    row.put("uom", str(e, "uom"));
    row.put("facility", Gln.parse(str(e, "facility")).value());
    row.put("inputs", lines((List<Map<String, Object>>) e.getOrDefault("inputs", List.of())));
    return row;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> shipment(Map<String, Object> e) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", str(e, "id"));
    row.put("sscc", e.get("sscc") == null ? null : Sscc.parse(str(e, "sscc")).value());
    row.put("from", Gln.parse(str(e, "from")).value());
    row.put("to", Gln.parse(str(e, "to")).value());
    row.put("departedAt", OffsetDateTime.parse(str(e, "departedAt")));
    row.put("arrivedAt", e.get("arrivedAt") == null ? null : OffsetDateTime.parse(str(e, "arrivedAt")));
    row.put("carrier", e.get("carrier"));
    row.put("transportMode", e.get("transportMode"));
    row.put("items", lines((List<Map<String, Object>>) e.get("items")));
    return row;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> certificate(Map<String, Object> e) {
    Map<String, Object> row = new HashMap<>();
    row.put("uid", str(e, "scheme") + ":" + str(e, "number"));
    row.put("scheme", str(e, "scheme"));
    row.put("number", str(e, "number"));
    row.put("issuer", e.get("issuer"));
    row.put("validFrom", LocalDate.parse(str(e, "validFrom")));
    row.put("validTo", LocalDate.parse(str(e, "validTo")));
    List<Map<String, Object>> subjects = new ArrayList<>();
    for (Map<String, Object> s : (List<Map<String, Object>>) e.get("subjects")) {
      Map<String, Object> subject = new HashMap<>();
      subject.put("type", str(s, "type"));
      if ("Batch".equals(s.get("type"))) {
        subject.put("gtin", Gtin.parse(str(s, "gtin")).value());
        subject.put("lot", Lot.parse(str(s, "lot")).value());
      } else {
        subject.put("gln", Gln.parse(str(s, "gln")).value());
      }
      subjects.add(subject);
    }
    row.put("subjects", subjects);
    return row;
  }

  private static List<Map<String, Object>> lines(List<Map<String, Object>> lines) {
    return lines.stream().map(line -> {
      Map<String, Object> row = new HashMap<>();
      row.put("gtin", Gtin.parse(str(line, "gtin")).value());
      row.put("lot", Lot.parse(str(line, "lot")).value());
      row.put("quantity", line.get("quantity") == null ? null : ((Number) line.get("quantity")).doubleValue());
      row.put("uom", line.get("uom"));
      return row;
    }).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> addressOf(Map<String, Object> e) {
    Map<String, Object> row = new HashMap<>();
    Map<String, Object> address = (Map<String, Object>) e.getOrDefault("address", Map.of());
    row.put("street", address.get("street"));
    row.put("locality", address.get("locality"));
    row.put("addressRegion", address.get("region"));
    row.put("postalCode", address.get("postalCode"));
    return row;
  }

  private static String str(Map<String, Object> e, String key) {
    Object value = e.get(key);
    if (value == null) {
      throw new IllegalArgumentException("'" + key + "' is missing");
    }
    return value.toString();
  }
}
