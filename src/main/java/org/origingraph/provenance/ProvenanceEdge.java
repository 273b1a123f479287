package org.origingraph.provenance;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One relation of a provenance graph, between two nodes given by their global ids.
 *
 * @param at production, departure or arrival time where the kind has one
 * @param quantity amount consumed or shipped where the kind has one
 */
public record ProvenanceEdge(
    String from, String to, RelationKind kind, @Nullable OffsetDateTime at, @Nullable Quantity quantity) {}
