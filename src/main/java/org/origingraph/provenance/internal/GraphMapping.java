package org.origingraph.provenance.internal;

import java.util.List;

import org.origingraph.provenance.Address;
import org.origingraph.provenance.Batch;
import org.origingraph.provenance.Certificate;
import org.origingraph.provenance.Facility;
import org.origingraph.provenance.GeoPoint;
import org.origingraph.provenance.Organization;
import org.origingraph.provenance.Product;
import org.origingraph.provenance.ProductGroup;
import org.origingraph.provenance.Quantity;
import org.origingraph.provenance.Shipment;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * Reads graph values (nodes or map projections; both answer {@code get(key)}) into the module's
 * records. Missing properties become {@code null} or empty lists, never exceptions: data written by
 * older versions or by EPCIS capture may lack optional properties.
 */
final class GraphMapping {

  private GraphMapping() {}

  static Product product(Value v) {
    return new Product(
        v.get("gtin").asString(),
        v.get("name").asString(),
        string(v, "brand"),
        ProductGroup.valueOf(v.get("group").asString("OTHER")),
        string(v, "description"),
        v.get("originCountry").asString("VN"),
        strings(v, "images"),
        strings(v, "standards"),
        v.get("shelfLifeDays").isNull() ? null : v.get("shelfLifeDays").asInt(),
        quantity(v, "netContentValue", "netContentUnit"),
        string(v, "ownerGln"));
  }

  static Batch batch(Value v) {
    return new Batch(
        v.get("gtin").asString(),
        v.get("lot").asString(),
        v.get("producedAt").isNull() ? null : v.get("producedAt").asOffsetDateTime(),
        v.get("expiresAt").isNull() ? null : v.get("expiresAt").asLocalDate(),
        quantity(v, "quantity", "uom"),
        string(v, "facilityGln"));
  }

  /** A batch node together with the GLN of its PRODUCED_AT facility, given separately. */
  static Batch batch(Value node, Value facilityGln) {
    Batch b = batch(node);
    return new Batch(b.gtin(), b.lot(), b.producedAt(), b.expiresAt(), b.quantity(),
        facilityGln.isNull() ? null : facilityGln.asString());
  }

  static Facility facility(Value v, Value operatorGln) {
    return new Facility(
        v.get("gln").asString(),
        v.get("name").asString(),
        v.get("type").asString("WAREHOUSE"),
        v.get("country").asString(),
        string(v, "region"),
        address(v),
        v.get("location").isNull()
            ? null
            : new GeoPoint(v.get("location").asPoint().y(), v.get("location").asPoint().x()),
        operatorGln.isNull() ? null : operatorGln.asString());
  }

  static Organization organization(Value v) {
    return new Organization(
        v.get("gln").asString(), v.get("name").asString(), v.get("country").asString(), strings(v, "roles"), address(v));
  }

  static Shipment shipment(Value v, Value originGln, Value destinationGln, Value crossBorder) {
    return new Shipment(
        v.get("id").asString(),
        string(v, "sscc"),
        originGln.isNull() ? null : originGln.asString(),
        destinationGln.isNull() ? null : destinationGln.asString(),
        v.get("departedAt").isNull() ? null : v.get("departedAt").asOffsetDateTime(),
        v.get("arrivedAt").isNull() ? null : v.get("arrivedAt").asOffsetDateTime(),
        string(v, "carrier"),
        string(v, "transportMode"),
        !crossBorder.isNull() && crossBorder.asBoolean());
  }

  static Certificate certificate(Value v) {
    return new Certificate(
        v.get("uid").asString(),
        v.get("scheme").asString(),
        v.get("number").asString(),
        string(v, "issuer"),
        v.get("validFrom").isNull() ? null : v.get("validFrom").asLocalDate(),
        v.get("validTo").isNull() ? null : v.get("validTo").asLocalDate());
  }

  static @Nullable Quantity quantity(Value v, String valueKey, String unitKey) {
    Value amount = v.get(valueKey);
    Value unit = v.get(unitKey);
    return amount.isNull() || unit.isNull() ? null : new Quantity(amount.asDouble(), unit.asString());
  }

  private static @Nullable Address address(Value v) {
    if (v.get("country").isNull()) {
      return null;
    }
    return new Address(
        string(v, "street"), string(v, "locality"), string(v, "addressRegion"), string(v, "postalCode"),
        v.get("country").asString());
  }

  private static @Nullable String string(Value v, String key) {
    Value value = v.get(key);
    return value.isNull() ? null : value.asString();
  }

  private static List<String> strings(Value v, String key) {
    Value value = v.get(key);
    return value.isNull() ? List.of() : value.asList(Value::asString);
  }
}
