package org.origingraph.verification;

import java.util.List;

import org.origingraph.provenance.Batch;
import org.origingraph.provenance.Facility;
import org.origingraph.provenance.Organization;
import org.origingraph.provenance.Quantity;
import org.origingraph.provenance.Shipment;

/**
 * The downstream impact of one lot. Immutable.
 *
 * @param root the recalled lot
 * @param batches every batch reached, the root first, nearest first
 * @param shipments every shipment that carried any of them
 * @param facilities every facility they were produced at, shipped from or to
 * @param countries per destination country, sorted by code
 * @param operators the organisations operating those facilities
 * @param truncated whether the walk's budgets cut it: more may be affected than listed
 */
public record RecallReport(
    Batch root, List<Batch> batches, List<Shipment> shipments, List<Facility> facilities,
    List<Country> countries, List<Organization> operators, boolean truncated) {

  public RecallReport {
    batches = List.copyOf(batches);
    shipments = List.copyOf(shipments);
    facilities = List.copyOf(facilities);
    countries = List.copyOf(countries);
    operators = List.copyOf(operators);
  }

  /**
   * What arrived in one country.
   *
   * @param country ISO 3166-1 alpha-2
   * @param batches batches delivered to a facility there
   * @param shipments shipments delivering to a facility there
   * @param quantities per unit, each batch counted where it first entered the country
   */
  public record Country(String country, List<Batch> batches, List<Shipment> shipments, List<Quantity> quantities) {

    public Country {
      batches = List.copyOf(batches);
      shipments = List.copyOf(shipments);
      quantities = List.copyOf(quantities);
    }
  }
}
