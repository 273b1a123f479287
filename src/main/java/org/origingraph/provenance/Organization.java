package org.origingraph.provenance;

import java.util.List;

import org.origingraph.api.GlobalId;
import org.jspecify.annotations.Nullable;

/** A company, cooperative or other party identified by a GLN. */
public record Organization(
    String gln, String name, String country, List<String> roles, @Nullable Address address)
    implements GraphNode {

  @Override
  public String id() {
    return GlobalId.encode("Organization", gln);
  }
}
