package org.origingraph.epcis;

import org.jspecify.annotations.Nullable;

/**
 * The filters of an event query, each with the name the REST binding gives it (the EPCIS 2.0 query
 * parameter) and the one GraphQL gives it (a field of {@code EventFilter}). {@link EpcisEvents} refuses a
 * value naming the filter by this enum ({@link QueryParameterException}), and each binding reports it
 * under its own name, so that a new filter is named in one place.
 */
public enum QueryParameter {

  EVENT_TYPE("eventType", "eventTypes"),
  GE_EVENT_TIME("GE_eventTime", "from"),
  LT_EVENT_TIME("LT_eventTime", "to"),
  EQ_BIZ_STEP("EQ_bizStep", "bizSteps"),
  EQ_DISPOSITION("EQ_disposition", "dispositions"),
  EQ_BIZ_LOCATION("EQ_bizLocation", "bizLocations"),
  EQ_READ_POINT("EQ_readPoint", "readPoints"),
  MATCH_EPC("MATCH_epc", "epcs"),
  MATCH_ANY_EPC("MATCH_anyEPC", "anyEpcs"),
  MATCH_EPC_CLASS("MATCH_epcClass", "epcClasses"),
  MATCH_ANY_EPC_CLASS("MATCH_anyEPCClass", "anyEpcClasses"),
  /** Typed: {@code EQ_bizTransaction_{type}}, one parameter per type. */
  EQ_BIZ_TRANSACTION("EQ_bizTransaction_", "bizTransactions"),
  EQ_SOURCE("EQ_source_", "sources"),
  EQ_DESTINATION("EQ_destination_", "destinations");

  private final String rest;
  private final String graphQl;

  QueryParameter(String rest, String graphQl) {
    this.rest = rest;
    this.graphQl = graphQl;
  }

  /** Whether the REST name is a prefix that the type completes, as in {@code EQ_source_owning_party}. */
  public boolean typed() {
    return rest.endsWith("_");
  }

  /** The REST name; for a {@link #typed()} parameter the prefix, {@code EQ_source_}. */
  public String restName() {
    return rest;
  }

  /**
   * The REST name of the parameter as the reader wrote it.
   *
   * @param type for a {@link #typed()} parameter, the type as written; ignored otherwise
   */
  public String restName(@Nullable String type) {
    return typed() && type != null ? rest + type : rest;
  }

  /** The GraphQL argument path, e.g. {@code filter.epcs}. */
  public String graphQlPath() {
    return "filter." + graphQl;
  }
}
