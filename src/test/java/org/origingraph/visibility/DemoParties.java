package org.origingraph.visibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The test's own reading of who is a party to what, straight from the demo data file rather than
 * from the application: the facilities an organisation operates and, for an importer, the upstream
 * of what was shipped to it (batches by MADE_FROM closure, where they were made, the shipment legs
 * that brought them towards the importer, operators and certificates).
 */
record DemoParties(String organization, Set<String> facilities, Set<String> batches, Set<String> shipments,
    Set<String> upstreamFacilities, Set<String> organizations, Set<String> certificates) {

  private static final JsonNode DEMO = read();

  static DemoParties producer(String organization) {
    return new DemoParties(organization, operatedBy(organization), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
  }

  static DemoParties importer(String organization) {
    Set<String> own = operatedBy(organization);
    Set<String> batches = new HashSet<>();
    for (JsonNode s : DEMO.get("shipments")) {
      if (own.contains(s.get("to").asString())) {
        s.get("items").forEach(i -> batches.add(i.get("gtin").asString() + ":" + i.get("lot").asString()));
      }
    }
    boolean grew = true;
    while (grew) {
      grew = false;
      for (JsonNode b : DEMO.get("batches")) {
        if (batches.contains(key(b)) && b.has("inputs")) {
          for (JsonNode input : b.get("inputs")) {
            grew |= batches.add(key(input));
          }
        }
      }
    }
    Set<String> destinations = new HashSet<>(own);
    for (JsonNode b : DEMO.get("batches")) {
      if (batches.contains(key(b))) {
        destinations.add(b.path("facility").asString());
      }
    }
    Set<String> shipments = new HashSet<>();
    grew = true;
    while (grew) {
      grew = false;
      for (JsonNode s : DEMO.get("shipments")) {
        boolean carriesUpstream = false;
        for (JsonNode i : s.get("items")) {
          carriesUpstream |= batches.contains(key(i));
        }
        if (carriesUpstream && destinations.contains(s.get("to").asString()) && shipments.add(s.get("id").asString())) {
          destinations.add(s.get("from").asString());
          grew = true;
        }
      }
    }
    Set<String> organizations = new HashSet<>();
    for (JsonNode f : DEMO.get("facilities")) {
      if (destinations.contains(f.get("gln").asString())) {
        organizations.add(f.path("operator").asString());
      }
    }
    Set<String> certificates = new HashSet<>();
    for (JsonNode c : DEMO.get("certificates")) {
      for (JsonNode subject : c.get("subjects")) {
        String type = subject.get("type").asString();
        boolean party = switch (type) {
          case "Batch" -> batches.contains(key(subject));
          case "Facility" -> destinations.contains(subject.get("gln").asString());
          case "Organization" -> organizations.contains(subject.get("gln").asString());
          default -> false;
        };
        if (party) {
          certificates.add(c.get("scheme").asString() + ":" + c.get("number").asString());
        }
      }
    }
    return new DemoParties(organization, own, batches, shipments, destinations, organizations, certificates);
  }

  private static Set<String> operatedBy(String organization) {
    Set<String> glns = new HashSet<>();
    for (JsonNode f : DEMO.get("facilities")) {
      if (f.path("operator").asString().equals(organization)) {
        glns.add(f.get("gln").asString());
      }
    }
    return glns;
  }

  private static String key(JsonNode batch) {
    return batch.get("gtin").asString() + ":" + batch.get("lot").asString();
  }

  private static JsonNode read() {
    try (InputStream in = DemoParties.class.getResourceAsStream("/demo/provenance-demo.json")) {
      return JsonMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
