package org.origingraph.epcis;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The filters of an event query, named after the EPCIS 2.0 query parameters. A {@code null} list is not
 * applied; several values of one filter match any of them. Values are as the reader sent them;
 * {@link EpcisEvents} checks them and refuses a malformed one, a blank one or an empty list, naming its
 * parameter.
 *
 * @param eventTypes {@code eventType}
 * @param fromTime {@code GE_eventTime}: at or after
 * @param toTime {@code LT_eventTime}: before
 * @param bizSteps {@code EQ_bizStep}, in any CBV spelling
 * @param dispositions {@code EQ_disposition}, in any CBV spelling
 * @param bizLocations {@code EQ_bizLocation}: SGLN URN or Digital Link
 * @param readPoints {@code EQ_readPoint}
 * @param epcs {@code MATCH_epc}: epcList, childEPCs; identifiers or EPC patterns
 *     ({@code urn:epc:idpat:sgtin:0614141.107346.*})
 * @param anyEpcs {@code MATCH_anyEPC}: those, inputEPCList, outputEPCList and parentID
 * @param epcClasses {@code MATCH_epcClass}: the classes of quantityList and childQuantityList; classes or
 *     patterns
 * @param anyEpcClasses {@code MATCH_anyEPCClass}: those and the classes of inputQuantityList and
 *     outputQuantityList
 * @param bizTransactions {@code EQ_bizTransaction_{type}}, one entry per type; an event must match each
 * @param sources {@code EQ_source_{type}}: SGLN/PGLN URN or Digital Link, one entry per type
 * @param destinations {@code EQ_destination_{type}}, likewise
 */
public record EventQuery(
    @Nullable List<String> eventTypes,
    @Nullable OffsetDateTime fromTime,
    @Nullable OffsetDateTime toTime,
    @Nullable List<String> bizSteps,
    @Nullable List<String> dispositions,
    @Nullable List<String> bizLocations,
    @Nullable List<String> readPoints,
    @Nullable List<String> epcs,
    @Nullable List<String> anyEpcs,
    @Nullable List<String> epcClasses,
    @Nullable List<String> anyEpcClasses,
    @Nullable List<TypedValues> bizTransactions,
    @Nullable List<TypedValues> sources,
    @Nullable List<TypedValues> destinations) {

  /** No filter: every event. */
  public static EventQuery all() {
    return new EventQuery(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * The values of one typed parameter, such as {@code EQ_bizTransaction_po=…}: entries of this type
   * whose id is one of {@code values}.
   *
   * @param type as the reader wrote it: a CBV short name ({@code po}, {@code owning_party}), its URN or
   *     Web URI, or another URI
   * @param values the ids to look for, at least one
   */
  public record TypedValues(String type, List<String> values) {}
}
