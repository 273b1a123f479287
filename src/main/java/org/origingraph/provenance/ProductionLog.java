package org.origingraph.provenance;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.origingraph.api.Arguments;
import org.origingraph.api.BadUserInputException;
import org.origingraph.api.ForbiddenException;
import org.origingraph.gs1.Gln;
import org.origingraph.gs1.Gtin;
import org.origingraph.gs1.Lot;
import org.origingraph.integrity.IntegrityLog;
import org.origingraph.provenance.RecordBatchInput.QuantityInput;
import org.origingraph.provenance.internal.ProductionWrites;
import org.origingraph.provenance.internal.ProvenanceRecords;
import org.origingraph.provenance.internal.SearchKeyIndexer;
import org.origingraph.provenance.internal.ProductionWrites.NewBatch;
import org.origingraph.provenance.internal.ProductionWrites.NewInput;
import org.origingraph.security.Caller;
import org.origingraph.security.Callers;
import org.origingraph.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Producers' writes to the graph: registering products and recording batches with their inputs.
 *
 * <p>Every input is validated before anything is written, and each call is one transaction, so a
 * rejected call leaves the graph as it was. Callers need the PRODUCER role, and a producer writes only
 * for its own organisation ({@link Ownership}): its products, batches at its facilities; anything else
 * is a {@link ForbiddenException} naming the argument, before anything is written. ADMIN may write
 * anywhere; REGULATOR and IMPORTER write nothing.
 */
@Service
public class ProductionLog {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Pattern UNIT = Pattern.compile("[A-Z0-9]{1,3}");
  private static final int MAX_INPUTS = 100;

  private final ProductionWrites writes;
  private final SearchKeyIndexer searchKeys;
  private final Ownership ownership;
  private final ApplicationEventPublisher events;
  private final ProvenanceRecords records;
  private final IntegrityLog integrity;

  ProductionLog(ProductionWrites writes, SearchKeyIndexer searchKeys, Ownership ownership,
      ApplicationEventPublisher events, ProvenanceRecords records, IntegrityLog integrity) {
    this.writes = writes;
    this.searchKeys = searchKeys;
    this.ownership = ownership;
    this.events = events;
    this.records = records;
    this.integrity = integrity;
  }

  /**
   * Registers a product. A GTIN that EPCIS capture met first holds a placeholder product ("GTIN …", not
   * {@code registered}); registering it completes that product, keeping its batches.
   *
   * @throws BadUserInputException naming the offending input field, when anything is invalid, the GTIN
   *     belongs to a registered product, or the owner is unknown
   */
  @PreAuthorize("hasAnyRole('PRODUCER', 'ADMIN')")
  @Transactional
  public Product registerProduct(RegisterProductInput input) {
    String gtin = Arguments.parse("input.gtin", input.gtin(), Gtin::parse).value();
    String name = text("input.name", input.name(), 200);
    String country = country("input.originCountry", input.originCountry());
    if (input.shelfLifeDays() != null) {
      Arguments.inRange("input.shelfLifeDays", input.shelfLifeDays(), 1, 3650, 0);
    }
    List<String> images = input.images() == null ? List.of() : input.images();
    for (int i = 0; i < images.size(); i++) {
      httpsUrl("input.images[" + i + "]", images.get(i));
    }
    String owner = input.ownerGln() == null ? null : Arguments.parse("input.ownerGln", input.ownerGln(), Gln::parse).value();
    if (owner != null && !writes.organizationExists(owner)) {
      throw new BadUserInputException("input.ownerGln", "input.ownerGln: no organization has GLN " + owner);
    }
    String organization = producerOrganization();
    if (organization != null) {
      if (owner != null && !owner.equals(organization)) {
        throw new ForbiddenException("input.ownerGln", "input.ownerGln: " + owner
            + " is not your organisation (" + organization + "); a producer registers its own products");
      }
      requireOwnProduct(organization, gtin);
    }
    Product product = new Product(gtin, name, optionalText("input.brand", input.brand(), 200), input.group(),
        optionalText("input.description", input.description(), 2000), country, images,
        input.standards() == null ? List.of() : input.standards().stream().map(s -> text("input.standards", s, 100)).toList(),
        input.shelfLifeDays(), null, owner);
    if (writes.registerProduct(product) == ProductionWrites.Registration.TAKEN) {
      throw new BadUserInputException("input.gtin", "input.gtin: a product with GTIN " + gtin + " is already registered");
    }
    searchKeys.index(List.of(gtin));
    integrity.append(records.products(List.of(gtin)));
    events.publishEvent(new ProvenanceChanged(Set.of(), Set.of(gtin)));
    return product;
  }

  /**
   * Records a batch and the MADE_FROM links to its inputs.
   *
   * @throws BadUserInputException naming the offending input field
   */
  @PreAuthorize("hasAnyRole('PRODUCER', 'ADMIN')")
  @Transactional
  public Batch recordBatch(RecordBatchInput input) {
    String gtin = Arguments.parse("input.gtin", input.gtin(), Gtin::parse).value();
    String lot = Arguments.parse("input.lot", input.lot(), Lot::parse).value();
    String facility = Arguments.parse("input.facilityGln", input.facilityGln(), Gln::parse).value();
    String organization = producerOrganization();
    if (organization != null) {
      if (!ownership.foreignLocations(organization, List.of(facility)).isEmpty()) {
        throw new ForbiddenException("input.facilityGln", "input.facilityGln: facility " + facility
            + " is not operated by your organisation (" + organization + ")");
      }
      requireOwnProduct(organization, gtin);
    }
    if (input.expiresAt() != null && input.expiresAt().isBefore(input.producedAt().toLocalDate())) {
      throw new BadUserInputException("input.expiresAt", "input.expiresAt must not be before the production date");
    }
    Quantity quantity = quantity("input.quantity", input.quantity());
    List<RecordBatchInput.Input> given = input.inputs() == null ? List.of() : input.inputs();
    if (given.size() > MAX_INPUTS) {
      throw new BadUserInputException("input.inputs", "input.inputs: at most " + MAX_INPUTS + " inputs per batch");
    }
    List<NewInput> inputs = new ArrayList<>();
    Set<BatchKey> seen = new HashSet<>();
    for (int i = 0; i < given.size(); i++) {
      String at = "input.inputs[" + i + "]";
      var in = given.get(i);
      var key = new BatchKey(Arguments.parse(at + ".gtin", in.gtin(), Gtin::parse).value(),
          Arguments.parse(at + ".lot", in.lot(), Lot::parse).value());
      if (key.equals(new BatchKey(gtin, lot))) {
        throw new BadUserInputException(at, at + ": a batch cannot be made from itself");
      }
      if (!seen.add(key)) {
        throw new BadUserInputException(at, at + ": input " + key.gtin() + " lot " + key.lot() + " is listed twice");
      }
      inputs.add(new NewInput(key, quantity(at + ".quantity", in.quantity())));
    }
    var missing = writes.findMissing(gtin, facility, inputs.stream().map(NewInput::batch).toList());
    if (missing.product()) {
      throw new BadUserInputException("input.gtin", "input.gtin: no product has GTIN " + gtin + "; register it first");
    }
    if (missing.facility()) {
      throw new BadUserInputException("input.facilityGln", "input.facilityGln: no facility has GLN " + facility);
    }
    for (int i = 0; i < inputs.size(); i++) {
      if (missing.inputs().contains(inputs.get(i).batch())) {
        throw new BadUserInputException("input.inputs[" + i + "]",
            "input.inputs[" + i + "]: no batch " + inputs.get(i).batch().gtin() + " lot " + inputs.get(i).batch().lot());
      }
    }
    Batch batch = new Batch(gtin, lot, input.producedAt(), input.expiresAt(), quantity, facility);
    if (!writes.createBatch(new NewBatch(batch, inputs))) {
      throw new BadUserInputException("input.lot", "input.lot: batch " + gtin + " lot " + lot + " is already recorded");
    }
    searchKeys.index(List.of(gtin)); // the facility's region may be new to the product's search key
    integrity.append(records.batches(List.of(batch.key())));
    Set<BatchKey> touched = new HashSet<>(seen);
    touched.add(new BatchKey(gtin, lot));
    events.publishEvent(new ProvenanceChanged(touched, Set.of()));
    return batch;
  }

  /** The organisation a PRODUCER caller writes for; {@code null} for ADMIN, who writes anywhere. */
  private static @Nullable String producerOrganization() {
    Caller caller = Callers.current();
    return caller.role() == Role.ADMIN ? null : caller.organization();
  }

  private void requireOwnProduct(String organization, String gtin) {
    if (!ownership.foreignProducts(organization, List.of(gtin)).isEmpty()) {
      throw new ForbiddenException("input.gtin", "input.gtin: " + gtin
          + " is not a product of your organisation (" + organization + ")");
    }
  }

  private static @Nullable Quantity quantity(String argument, @Nullable QuantityInput input) {
    if (input == null) {
      return null;
    }
    if (!Double.isFinite(input.value()) || input.value() <= 0) {
      throw new BadUserInputException(argument + ".value", argument + ".value must be a positive number");
    }
    if (!UNIT.matcher(input.unit()).matches()) {
      throw new BadUserInputException(argument + ".unit",
          argument + ".unit must be a UN/ECE Recommendation 20 code such as KGM, LTR or H87");
    }
    return new Quantity(input.value(), input.unit());
  }

  private static String text(String argument, String value, int maxLength) {
    String stripped = value.strip();
    if (stripped.isEmpty() || stripped.length() > maxLength) {
      throw new BadUserInputException(argument, argument + " must have 1 to " + maxLength + " characters");
    }
    return stripped;
  }

  private static @Nullable String optionalText(String argument, @Nullable String value, int maxLength) {
    return value == null || value.isBlank() ? null : text(argument, value, maxLength);
  }

  static String country(String argument, String value) {
    String code = value.strip().toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(code)) {
      throw new BadUserInputException(argument, argument + " must be an ISO 3166-1 alpha-2 country code such as VN, not '"
          + (value.length() > 10 ? value.substring(0, 10) + "…" : value) + "'");
    }
    return code;
  }

  private static void httpsUrl(String argument, String value) {
    try {
      URI uri = URI.create(value);
      if ("https".equals(uri.getScheme()) && uri.getHost() != null && value.length() <= 2000) {
        return;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new BadUserInputException(argument, argument + " must be an https URL");
  }
}
