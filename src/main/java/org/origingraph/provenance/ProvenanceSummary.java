package org.origingraph.provenance;

/**
 * The size of a provenance answer, for clients that need the overview and not the graph.
 *
 * @param batches batches in the answer, the root included
 * @param shipments shipments that carried them
 * @param facilities facilities where they were produced, shipped from or shipped to
 * @param countries distinct countries of those facilities
 * @param tiers longest MADE_FROM chain, the root included; equal to {@link Provenance#tiers()}
 */
public record ProvenanceSummary(int batches, int shipments, int facilities, int countries, int tiers) {}
