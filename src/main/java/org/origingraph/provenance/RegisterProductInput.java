package org.origingraph.provenance;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A product to register, as sent by a producer; validated by {@link ProductionLog}. */
public record RegisterProductInput(
    String gtin,
    String name,
    @Nullable String brand,
    ProductGroup group,
    String originCountry,
    @Nullable String description,
    @Nullable List<String> images,
    @Nullable List<String> standards,
    @Nullable Integer shelfLifeDays,
    @Nullable String ownerGln) {}
