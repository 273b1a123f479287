package com.acme.app.provenance;

import java.util.List;

import com.acme.app.api.GlobalId;
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
