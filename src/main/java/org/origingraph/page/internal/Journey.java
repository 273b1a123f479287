package org.origingraph.page.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.origingraph.provenance.Batch;
import org.origingraph.provenance.Certificate;
import org.origingraph.provenance.Facility;
import org.origingraph.provenance.GeoPoint;
import org.origingraph.provenance.GraphNode;
import org.origingraph.provenance.Organization;
import org.origingraph.provenance.Product;
import org.origingraph.provenance.Provenance;
import org.origingraph.provenance.ProvenanceEdge;
import org.origingraph.provenance.RelationKind;
import org.origingraph.provenance.Shipment;

/**
 * One lot's upstream provenance read as a consumer's story: stages in time order, the map, the
 * certificates. Reads only the fields the PUBLIC view shows (docs/access.md).
 */
final class Journey {

  private final Provenance provenance;
  private final Texts texts;
  private final Map<String, GraphNode> nodes;
  private final Map<String, Facility> facilities = new LinkedHashMap<>();
  private final Map<String, Product> products = new HashMap<>();
  private final List<Batch> batches = new ArrayList<>();
  private final List<Shipment> shipments = new ArrayList<>();

  Journey(Provenance provenance, Texts texts) {
    this.provenance = provenance;
    this.texts = texts;
    this.nodes = PageAssembler.byId(provenance);
    for (GraphNode node : provenance.nodes()) {
      switch (node) {
        case Facility f -> facilities.put(f.gln(), f);
        case Product p -> products.put(p.gtin(), p);
        case Batch b -> batches.add(b);
        case Shipment s -> shipments.add(s);
        default -> { }
      }
    }
  }

  @Nullable Facility facility(@Nullable String gln) {
    return gln == null ? null : facilities.get(gln);
  }

  List<Facility> facilities() {
    return List.copyOf(facilities.values());
  }

  /** Every lot made and every shipment, oldest first; undated ones last. */
  List<ConsumerPage.Stage> stages() {
    record Dated(@Nullable OffsetDateTime at, ConsumerPage.Stage stage) {}
    List<Dated> dated = new ArrayList<>();
    for (Batch batch : batches) {
      Facility at = facility(batch.facilityGln());
      Product product = products.get(batch.gtin());
      String step = texts.text(at != null && "FARM".equals(at.type()) ? "bizStep.harvesting" : "bizStep.commissioning");
      String what = texts.format("page.stageMade", Map.of("step", step, "product", product == null ? batch.gtin() : product.name()));
      dated.add(new Dated(batch.producedAt(), new ConsumerPage.Stage("made", date(batch.producedAt()), iso(batch.producedAt()),
          what, where(at), null)));
    }
    for (Shipment shipment : shipments) {
      Facility from = facility(shipment.originGln());
      Facility to = facility(shipment.destinationGln());
      String mode = shipment.transportMode() == null ? "" : texts.text("transportMode." + shipment.transportMode());
      String what = texts.format("page.stageShipped", Map.of("mode", mode,
          "from", from == null ? "—" : texts.place(from.region(), from.country()),
          "to", to == null ? "—" : texts.place(to.region(), to.country())));
      String detail = null;
      if (shipment.arrivedAt() != null && shipment.transitHours() != null) {
        detail = texts.format("page.arrived", Map.of("date", date(shipment.arrivedAt()),
            "duration", texts.formats().duration(shipment.transitHours(), texts.tag()).text()));
      }
      dated.add(new Dated(shipment.departedAt(), new ConsumerPage.Stage("shipped", date(shipment.departedAt()),
          iso(shipment.departedAt()), what, where(from), detail)));
    }
    dated.sort(Comparator.comparing(Dated::at, Comparator.nullsLast(Comparator.comparing(OffsetDateTime::toInstant))));
    return dated.stream().map(Dated::stage).toList();
  }

  /** Steps, countries and distance travelled, in one line. */
  String summary() {
    List<String> parts = new ArrayList<>();
    parts.add(texts.format("ui.tiers", Map.of("count", provenance.tiers())));
    parts.add(texts.format("page.countries", Map.of("count", provenance.countries().size())));
    double km = 0;
    for (Shipment shipment : shipments) {
      Facility from = facility(shipment.originGln());
      Facility to = facility(shipment.destinationGln());
      if (from != null && to != null && from.location() != null && to.location() != null) {
        km += kilometres(JourneyMap.round(from.location()), JourneyMap.round(to.location()));
      }
    }
    if (km >= 1) {
      parts.add(texts.format("page.distance", Map.of("distance", texts.formats().distance(km, texts.tag()).text())));
    }
    return String.join(" · ", parts);
  }

  /**
   * The located facilities, and a leg per shipment and per input made elsewhere: the whole journey, and
   * when it spans the world, a second map of the places in the lot's own country, which the first
   * would crowd into a dot. Empty when no place is located.
   */
  List<JourneyMap> maps(@Nullable String homeCountry) {
    List<JourneyMap.Place> places = new ArrayList<>();
    for (Facility facility : facilities.values()) {
      if (facility.location() != null) {
        places.add(new JourneyMap.Place(facility.gln(), JourneyMap.round(facility.location()),
            facility.name() + " — " + texts.place(facility.region(), facility.country())));
      }
    }
    if (places.isEmpty()) {
      return List.of();
    }
    Set<List<String>> legs = new LinkedHashSet<>();
    for (Shipment shipment : shipments) {
      if (shipment.originGln() != null && shipment.destinationGln() != null) {
        legs.add(List.of(shipment.originGln(), shipment.destinationGln()));
      }
    }
    for (ProvenanceEdge edge : provenance.edges()) {
      if (edge.kind() == RelationKind.MADE_FROM
          && nodes.get(edge.from()) instanceof Batch made && nodes.get(edge.to()) instanceof Batch input
          && made.facilityGln() != null && input.facilityGln() != null) {
        legs.add(List.of(input.facilityGln(), made.facilityGln()));
      }
    }
    String title = texts.text("page.map");
    JourneyMap world = JourneyMap.of(title, places, legs);
    List<JourneyMap.Place> home = places.stream()
        .filter(p -> homeCountry != null && homeCountry.equals(facilities.get(p.key()).country())).toList();
    if (home.size() < 2 || home.size() == places.size() || !world.wide()) {
      return List.of(world);
    }
    return List.of(world, JourneyMap.of(title + " — " + texts.country(homeCountry), home, legs));
  }

  /**
   * The certificates on the journey, each with its status on the day that matters: for a lot's own
   * certificate the day it was made, for a facility's or organisation's the day the journey's latest lot
   * was made there; {@code madeOn} (the lot's own day) when no lot of the journey was made there.
   */
  List<ConsumerPage.CertificateLine> certificates(LocalDate madeOn) {
    Map<String, List<String>> subjects = new LinkedHashMap<>();
    Map<String, List<String>> operated = new HashMap<>();
    for (ProvenanceEdge edge : provenance.edges()) {
      if (edge.kind() == RelationKind.CERTIFIES) {
        subjects.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to());
      } else if (edge.kind() == RelationKind.OPERATES) {
        operated.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to());
      }
    }
    List<ConsumerPage.CertificateLine> lines = new ArrayList<>();
    for (GraphNode node : provenance.nodes()) {
      if (!(node instanceof Certificate certificate)) {
        continue;
      }
      for (String subjectId : subjects.getOrDefault(certificate.id(), List.of())) {
        GraphNode subject = nodes.get(subjectId);
        if (subject == null) {
          continue;
        }
        LocalDate day = switch (subject) {
          case Batch b -> b.producedAt() == null ? madeOn : b.producedAt().toLocalDate();
          case Facility f -> latestMadeAt(List.of(f.gln()), madeOn);
          case Organization o -> latestMadeAt(operated.getOrDefault(o.id(), List.of()).stream()
              .map(nodes::get).filter(Facility.class::isInstance).map(f -> ((Facility) f).gln()).toList(), madeOn);
          default -> madeOn;
        };
        Certificate.Status status = certificate.statusOn(day);
        String statusText = texts.format(day.equals(madeOn) ? "page.statusOnLotDay" : "page.statusOnInputDay",
            Map.of("status", texts.text("certificateStatus." + status.name()), "date", texts.formats().date(day, texts.tag())));
        String issuer = certificate.issuer() == null ? null : texts.format("page.issuedBy", Map.of("issuer", certificate.issuer()));
        lines.add(new ConsumerPage.CertificateLine(certificate.scheme(), issuer, subjectName(subject),
            status.name(), statusText, validity(certificate)));
      }
    }
    return lines;
  }

  private LocalDate latestMadeAt(List<String> glns, LocalDate otherwise) {
    return batches.stream()
        .filter(b -> b.producedAt() != null && glns.contains(b.facilityGln()))
        .map(b -> b.producedAt().toLocalDate())
        .max(Comparator.naturalOrder()).orElse(otherwise);
  }

  private String subjectName(GraphNode subject) {
    return switch (subject) {
      case Facility f -> f.name();
      case Organization o -> o.name();
      case Batch b -> (products.containsKey(b.gtin()) ? products.get(b.gtin()).name() + ", " : "")
          + texts.format("page.lot", Map.of("lot", b.lot()));
      default -> "—";
    };
  }

  private @Nullable String validity(Certificate certificate) {
    if (certificate.validFrom() == null && certificate.validTo() == null) {
      return null;
    }
    return texts.format("page.validity", Map.of(
        "from", certificate.validFrom() == null ? "…" : texts.formats().date(certificate.validFrom(), texts.tag()),
        "to", certificate.validTo() == null ? "…" : texts.formats().date(certificate.validTo(), texts.tag())));
  }

  private String where(@Nullable Facility facility) {
    return facility == null ? "—" : facility.name() + " · " + texts.place(facility.region(), facility.country());
  }

  private String date(@Nullable OffsetDateTime at) {
    return at == null ? "—" : texts.formats().date(at.toLocalDate(), texts.tag());
  }

  private static String iso(@Nullable OffsetDateTime at) {
    return at == null ? "" : at.toLocalDate().toString();
  }

  /** Great-circle distance between rounded positions: what the public positions allow. */
  static double kilometres(GeoPoint a, GeoPoint b) {
    double lat1 = Math.toRadians(a.latitude()), lat2 = Math.toRadians(b.latitude());
    double dLat = lat2 - lat1, dLon = Math.toRadians(b.longitude() - a.longitude());
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
