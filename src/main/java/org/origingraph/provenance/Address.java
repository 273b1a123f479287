package org.origingraph.provenance;

import org.jspecify.annotations.Nullable;

/** A postal address; every part but the country may be missing. */
public record Address(
    @Nullable String street,
    @Nullable String locality,
    @Nullable String region,
    @Nullable String postalCode,
    String country) {}
