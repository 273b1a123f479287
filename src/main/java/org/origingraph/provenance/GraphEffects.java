package org.origingraph.provenance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What captured events do to the provenance graph, as typed rows for {@link CapturedGraph#apply}: batches
 * produced at facilities, batches made from batches, shipments with what they carry, and arrivals. The
 * capturing module decides what its events mean; this module decides how that is stored. Identifiers are
 * canonical keys (GTIN-14, GLN, shipment ids as the capture names them). Immutable.
 *
 * @param productions batches produced at a facility; a batch keeps its first production
 * @param derivations outputs made from inputs, with the input quantity consumed; a quantity given here
 *     replaces one stored before
 * @param joinedDerivations outputs made from inputs that different events of one transformation reported;
 *     their quantities only fill a relation that has none yet
 * @param shipments shipments to create or update, before the carriages and receipts that name them
 * @param carriages what the shipments carry
 * @param receipts arrivals to match against the shipments on their way
 */
public record GraphEffects(
    List<Production> productions,
    List<Derivation> derivations,
    List<Derivation> joinedDerivations,
    List<Shipping> shipments,
    List<Carriage> carriages,
    List<Receipt> receipts) {

  public GraphEffects {
    productions = List.copyOf(productions);
    derivations = List.copyOf(derivations);
    joinedDerivations = List.copyOf(joinedDerivations);
    shipments = List.copyOf(shipments);
    carriages = List.copyOf(carriages);
    receipts = List.copyOf(receipts);
  }

  /** A facility an event names by GLN; made a placeholder facility when it is unknown. */
  public record SeenFacility(String gln, String country) {}

  /** A batch an event names; made, with a placeholder product when its GTIN is unknown, when it is unknown. */
  public record SeenBatch(BatchKey batch, @Nullable LocalDate expiresAt) {}

  /** {@code batch} was produced at facility {@code facilityGln} at {@code at}. */
  public record Production(BatchKey batch, String facilityGln, OffsetDateTime at) {}

  /** {@code output} was made from {@code input}, consuming {@code quantity} of it where known. */
  public record Derivation(BatchKey output, BatchKey input, @Nullable Quantity quantity) {}

  /**
   * A shipment (or logistic unit) {@code shipmentId} leaving {@code fromGln} for {@code toGln} at
   * {@code departedAt}, where known; business transactions are added to those it has.
   */
  public record Shipping(
      String shipmentId, @Nullable String sscc, @Nullable OffsetDateTime departedAt, @Nullable String fromGln,
      @Nullable String toGln, List<String> bizTransactions) {

    public Shipping {
      bizTransactions = List.copyOf(bizTransactions);
    }
  }

  /** Shipment {@code shipmentId} carries {@code batch}. */
  public record Carriage(String shipmentId, BatchKey batch, @Nullable Quantity quantity) {}

  /**
   * Goods arrived at {@code toGln} at {@code at}. They are the shipments among {@code shipmentIds} that
   * exist; when none does, the shipments on their way to {@code toGln} carrying any of {@code batches}.
   * When neither matches and {@code fromGln} is known, the arrival becomes a shipment of its own,
   * {@code fallbackShipmentId}, so that goods received from a supplier who shares no events still show
   * their path.
   */
  public record Receipt(
      List<String> shipmentIds, OffsetDateTime at, @Nullable String toGln, @Nullable String fromGln,
      List<BatchKey> batches, String fallbackShipmentId) {

    public Receipt {
      shipmentIds = List.copyOf(shipmentIds);
      batches = List.copyOf(batches);
    }
  }
}
