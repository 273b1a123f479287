package org.origingraph.benchmark;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One generated supply network, as rows in the project's graph model (the same labels, properties and
 * relations as {@code DemoDataLoader} and {@code ProductionWrites} write). {@code crossInputs} and
 * {@code crossShipments} refer to raw materials of the next network and can only be written once that
 * network is.
 */
record SupplyNetwork(
    int index,
    List<Organization> organizations,
    List<Facility> facilities,
    List<Product> products,
    List<Batch> batches,
    List<Input> inputs,
    List<Shipment> shipments,
    List<Certificate> certificates,
    List<Input> crossInputs,
    List<Shipment> crossShipments) {

  /** Nodes this network adds to the graph. */
  int nodeCount() {
    return organizations.size() + facilities.size() + products.size() + batches.size() + shipments.size()
        + crossShipments.size() + certificates.size();
  }

  record Organization(String gln, String name, String country, List<String> roles, String locality) {
    Map<String, Object> row() {
      return Map.of("gln", gln, "name", name, "country", country, "roles", roles, "locality", locality);
    }
  }

  record Facility(
      String gln, String name, String type, String country, String region, double latitude, double longitude,
      String operatorGln, int tier) {
    Map<String, Object> row() {
      Map<String, Object> row = new HashMap<>();
      row.put("gln", gln);
      row.put("name", name);
      row.put("type", type);
      row.put("country", country);
      row.put("region", region);
      row.put("addressRegion", region);
      row.put("latitude", latitude);
      row.put("longitude", longitude);
      row.put("operator", operatorGln);
      return row;
    }
  }

  record Product(String gtin, String name, String brand, String group, String originCountry, int shelfLifeDays,
      String ownerGln) {
    Map<String, Object> row() {
      Map<String, Object> row = new HashMap<>();
      row.put("gtin", gtin);
      row.put("name", name);
      row.put("brand", brand);
      row.put("group", group);
      row.put("originCountry", originCountry);
      row.put("images", List.of());
      row.put("standards", List.of());
      row.put("shelfLifeDays", shelfLifeDays);
      row.put("ownerGln", ownerGln);
      return row;
    }
  }

  record Batch(String gtin, String lot, OffsetDateTime producedAt, LocalDate expiresAt, double quantity, String uom,
      String facilityGln, int tier, int position) {
    Map<String, Object> row() {
      Map<String, Object> row = new HashMap<>();
      row.put("gtin", gtin);
      row.put("lot", lot);
      row.put("producedAt", producedAt);
      row.put("expiresAt", expiresAt);
      row.put("quantity", quantity);
      row.put("uom", uom);
      row.put("facility", facilityGln);
      return row;
    }
  }

  /** A MADE_FROM relation: batch {@code (gtin, lot)} consumed {@code quantity} of {@code (inputGtin, inputLot)}. */
  record Input(String gtin, String lot, String inputGtin, String inputLot, double quantity, String uom) {
    Map<String, Object> row() {
      return Map.of("gtin", gtin, "lot", lot, "inputGtin", inputGtin, "inputLot", inputLot, "quantity", quantity,
          "uom", uom);
    }
  }

  record Item(String gtin, String lot, double quantity, String uom) {
    Map<String, Object> row() {
      return Map.of("gtin", gtin, "lot", lot, "quantity", quantity, "uom", uom);
    }
  }

  record Shipment(String id, String sscc, String fromGln, String toGln, OffsetDateTime departedAt,
      OffsetDateTime arrivedAt, String carrier, String transportMode, List<Item> items) {
    Map<String, Object> row() {
      Map<String, Object> row = new HashMap<>();
      row.put("id", id);
      row.put("sscc", sscc);
      row.put("from", fromGln);
      row.put("to", toGln);
      row.put("departedAt", departedAt);
      row.put("arrivedAt", arrivedAt);
      row.put("carrier", carrier);
      row.put("transportMode", transportMode);
      row.put("items", items.stream().map(Item::row).toList());
      return row;
    }
  }

  /** A certificate of one subject: a Facility or Organization by GLN, or a Batch by GTIN and lot. */
  record Certificate(String uid, String scheme, String number, String issuer, LocalDate validFrom,
      LocalDate validTo, String subjectType, String subjectGln, String subjectGtin, String subjectLot) {
    Map<String, Object> row() {
      Map<String, Object> row = new HashMap<>();
      row.put("uid", uid);
      row.put("scheme", scheme);
      row.put("number", number);
      row.put("issuer", issuer);
      row.put("validFrom", validFrom);
      row.put("validTo", validTo);
      row.put("subjectType", subjectType);
      row.put("gln", subjectGln);
      row.put("gtin", subjectGtin);
      row.put("lot", subjectLot);
      return row;
    }
  }
}
