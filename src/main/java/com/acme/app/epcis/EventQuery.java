package com.acme.app.epcis;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The filters of an event query, named after the EPCIS 2.0 query parameters. A {@code null} or empty
 * list is not applied; several values of one filter match any of them.
 *
 * @param eventTypes {@code eventType}
 * @param fromTime {@code GE_eventTime}: at or after
 * @param toTime {@code LT_eventTime}: before
 * @param bizSteps {@code EQ_bizStep}, in any CBV spelling
 * @param dispositions {@code EQ_disposition}, in any CBV spelling
 * @param bizLocations {@code EQ_bizLocation}: SGLN URN or Digital Link
 * @param readPoints {@code EQ_readPoint}
 * @param epcs {@code MATCH_epc}: epcList, childEPCs, inputEPCList, outputEPCList
 * @param anyEpcs {@code MATCH_anyEPC}: those and parentID
 * @param epcClasses {@code MATCH_epcClass}: the classes of the quantity lists
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
    @Nullable List<String> epcClasses) {

  /** No filter: every event. */
  public static EventQuery all() {
    return new EventQuery(null, null, null, null, null, null, null, null, null, null);
  }
}
