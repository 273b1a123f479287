package org.origingraph.epcis;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of an event query.
 *
 * @param events the events, by event time
 * @param offset how many matching events precede this page
 * @param nextPageToken pass as {@code nextPageToken} to get the next page; {@code null} on the last page
 * @param totalCount how many events match in all
 */
public record EventPage(List<EpcisEvent> events, int offset, @Nullable String nextPageToken, long totalCount) {}
