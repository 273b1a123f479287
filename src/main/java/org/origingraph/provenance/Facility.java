package org.origingraph.provenance;

import org.origingraph.api.GlobalId;
import org.jspecify.annotations.Nullable;

/** A place identified by a GLN. */
public record Facility(
    String gln,
    String name,
    String type,
    String country,
    @Nullable String region,
    @Nullable Address address,
    @Nullable GeoPoint location,
    @Nullable String operatorGln)
    implements GraphNode {

  @Override
  public String id() {
    return GlobalId.encode("Facility", gln);
  }
}
