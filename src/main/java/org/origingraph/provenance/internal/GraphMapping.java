package org.origingraph.provenance.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

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
import org.neo4j.driver.exceptions.value.ValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads graph values (nodes or map projections; both answer {@code get(key)}) into the module's
 * records, tolerating data this application did not write.
 *
 * <p>Other systems (EPCIS capture from partners, imports, older versions) may leave properties out,
 * store a value of another type, or use an enum value the API does not know. None of that may turn a
 * whole answer into an error, so every read here degrades instead of throwing: an optional property
 * that is missing or of the wrong type becomes {@code null} (or an empty list), an unknown enum value
 * becomes {@code OTHER} where the enum has one, {@code null} where the field is optional, and is
 * dropped from a list; a required text that is missing becomes the empty string. Each degradation of
 * data that is present but unreadable is logged at WARN with the node's key, so that it can be fixed
 * at the source.
 */
final class GraphMapping {

  private static final Logger log = LoggerFactory.getLogger(GraphMapping.class);

  private static final Set<String> FACILITY_TYPES = Set.of("FARM", "PROCESSING_PLANT", "PACKING_HOUSE", "WAREHOUSE",
      "PORT", "DISTRIBUTION_CENTER", "RETAIL_STORE", "LABORATORY");
  private static final Set<String> ORGANIZATION_ROLES = Set.of("FARM", "COOPERATIVE", "PROCESSOR", "MANUFACTURER",
      "PACKER", "EXPORTER", "IMPORTER", "LOGISTICS", "RETAILER", "SUPPLIER");
  private static final Set<String> TRANSPORT_MODES = Set.of("ROAD", "SEA", "AIR", "RAIL", "INLAND_WATERWAY");
  /** The SDL's FacilityType has no OTHER and is required; this is also the value when none is stored. */
  private static final String DEFAULT_FACILITY_TYPE = "WAREHOUSE";

  private GraphMapping() {}

  static Product product(Value v) {
    String gtin = required(v, "gtin", "Product", "?");
    return new Product(
        gtin,
        required(v, "name", "Product", gtin),
        string(v, "brand", "Product", gtin),
        group(v, gtin),
        string(v, "description", "Product", gtin),
        v.get("originCountry").isNull() ? "VN" : required(v, "originCountry", "Product", gtin),
        strings(v, "images", "Product", gtin),
        strings(v, "standards", "Product", gtin),
        integer(v, "shelfLifeDays", "Product", gtin),
        quantity(v, "netContentValue", "netContentUnit"),
        string(v, "ownerGln", "Product", gtin));
  }

  static Batch batch(Value v) {
    return batch(v, v.get("facilityGln"));
  }

  /** A batch node together with the GLN of its PRODUCED_AT facility, given separately. */
  static Batch batch(Value node, Value facilityGln) {
    String gtin = required(node, "gtin", "Batch", "?");
    String lot = required(node, "lot", "Batch", gtin);
    String key = gtin + ":" + lot;
    return new Batch(
        gtin,
        lot,
        dateTime(node, "producedAt", "Batch", key),
        date(node, "expiresAt", "Batch", key),
        quantity(node, "quantity", "uom"),
        text(facilityGln));
  }

  static Facility facility(Value v, Value operatorGln) {
    String gln = required(v, "gln", "Facility", "?");
    String type = string(v, "type", "Facility", gln);
    if (type == null) {
      type = DEFAULT_FACILITY_TYPE;
    } else if (!FACILITY_TYPES.contains(type)) {
      log.warn("Facility {}: unknown type '{}' read as {}", gln, type, DEFAULT_FACILITY_TYPE);
      type = DEFAULT_FACILITY_TYPE;
    }
    return new Facility(
        gln,
        required(v, "name", "Facility", gln),
        type,
        required(v, "country", "Facility", gln),
        string(v, "region", "Facility", gln),
        address(v, "Facility", gln),
        point(v, gln),
        text(operatorGln));
  }

  static Organization organization(Value v) {
    String gln = required(v, "gln", "Organization", "?");
    List<String> roles = new ArrayList<>();
    for (String role : strings(v, "roles", "Organization", gln)) {
      if (ORGANIZATION_ROLES.contains(role)) {
        roles.add(role);
      } else {
        log.warn("Organization {}: unknown role '{}' left out", gln, role);
      }
    }
    return new Organization(gln, required(v, "name", "Organization", gln), required(v, "country", "Organization", gln),
        List.copyOf(roles), address(v, "Organization", gln));
  }

  static Shipment shipment(Value v, Value originGln, Value destinationGln, Value crossBorder) {
    String id = required(v, "id", "Shipment", "?");
    String mode = string(v, "transportMode", "Shipment", id);
    if (mode != null && !TRANSPORT_MODES.contains(mode)) {
      log.warn("Shipment {}: unknown transportMode '{}' read as null", id, mode);
      mode = null;
    }
    return new Shipment(
        id,
        string(v, "sscc", "Shipment", id),
        text(originGln),
        text(destinationGln),
        dateTime(v, "departedAt", "Shipment", id),
        dateTime(v, "arrivedAt", "Shipment", id),
        string(v, "carrier", "Shipment", id),
        mode,
        !crossBorder.isNull() && crossBorder.asBoolean(false));
  }

  static Certificate certificate(Value v) {
    String uid = required(v, "uid", "Certificate", "?");
    return new Certificate(
        uid,
        required(v, "scheme", "Certificate", uid),
        required(v, "number", "Certificate", uid),
        string(v, "issuer", "Certificate", uid),
        date(v, "validFrom", "Certificate", uid),
        date(v, "validTo", "Certificate", uid));
  }

  static @Nullable Quantity quantity(Value v, String valueKey, String unitKey) {
    return quantity(v.get(valueKey), v.get(unitKey));
  }

  /** A quantity from its two parts; {@code null} unless the amount is a number and the unit a text. */
  static @Nullable Quantity quantity(Value amount, Value unit) {
    if (amount.isNull() || unit.isNull()) {
      return null;
    }
    try {
      return new Quantity(amount.asNumber().doubleValue(), unit.asString());
    } catch (ValueException e) {
      log.warn("Quantity {} {} is not a number and a unit; read as null", amount, unit);
      return null;
    }
  }

  private static ProductGroup group(Value v, String gtin) {
    String group = string(v, "group", "Product", gtin);
    if (group == null) {
      return ProductGroup.OTHER;
    }
    try {
      return ProductGroup.valueOf(group);
    } catch (IllegalArgumentException e) {
      log.warn("Product {}: unknown group '{}' read as OTHER", gtin, group);
      return ProductGroup.OTHER;
    }
  }

  private static @Nullable GeoPoint point(Value v, String gln) {
    return read(v, "location", "Facility", gln, value -> {
      var point = value.asPoint();
      return new GeoPoint(point.y(), point.x());
    });
  }

  private static @Nullable Address address(Value v, String type, String key) {
    if (v.get("country").isNull()) {
      return null;
    }
    return new Address(
        string(v, "street", type, key), string(v, "locality", type, key), string(v, "addressRegion", type, key),
        string(v, "postalCode", type, key), required(v, "country", type, key));
  }

  private static String required(Value v, String property, String type, String key) {
    String value = string(v, property, type, key);
    if (value == null) {
      log.warn("{} {}: required property '{}' is missing; read as empty", type, key, property);
      return "";
    }
    return value;
  }

  private static @Nullable String text(Value value) {
    try {
      return value.isNull() ? null : value.asString();
    } catch (ValueException e) {
      log.warn("Key {} is not a text; read as null", value);
      return null;
    }
  }

  private static @Nullable String string(Value v, String property, String type, String key) {
    return read(v, property, type, key, Value::asString);
  }

  private static @Nullable Integer integer(Value v, String property, String type, String key) {
    return read(v, property, type, key, value -> value.asNumber().intValue());
  }

  private static @Nullable OffsetDateTime dateTime(Value v, String property, String type, String key) {
    return read(v, property, type, key, Value::asOffsetDateTime);
  }

  /** A date-time value read on its own (e.g. a relationship property); {@code null} unless it is one. */
  static @Nullable OffsetDateTime dateTime(Value value, String what, String key) {
    if (value.isNull()) {
      return null;
    }
    try {
      return value.asOffsetDateTime();
    } catch (ValueException e) {
      log.warn("{} {}: time has an unexpected type ({}); read as null", what, key, value.type().name());
      return null;
    }
  }

  private static @Nullable LocalDate date(Value v, String property, String type, String key) {
    return read(v, property, type, key, Value::asLocalDate);
  }

  private static List<String> strings(Value v, String property, String type, String key) {
    List<String> values = read(v, property, type, key, value -> value.asList(Value::asString));
    return values == null ? List.of() : values;
  }

  private static <T> @Nullable T read(Value v, String property, String type, String key, Function<Value, T> as) {
    Value value = v.get(property);
    if (value.isNull()) {
      return null;
    }
    try {
      return as.apply(value);
    } catch (ValueException e) {
      log.warn("{} {}: property '{}' has an unexpected type ({}); read as null", type, key, property, value.type().name());
      return null;
    }
  }
}
