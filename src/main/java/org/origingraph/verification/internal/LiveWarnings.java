package org.origingraph.verification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.origingraph.provenance.ExpiringCertificate;
import org.origingraph.provenance.Facility;
import org.origingraph.provenance.GraphNode;
import org.origingraph.provenance.ShipmentInTransit;
import org.origingraph.provenance.Watchlist;
import org.origingraph.verification.Warning;
import org.origingraph.verification.WarningKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The warnings computed from the graph as it is now: certificates whose last day lies within the
 * horizon, and shipments past their expected arrival (great-circle distance times the route factor
 * over the mode's typical speed, plus the slack). Two bounded statements per call; thread-safe.
 */
@Component
public class LiveWarnings {

  private final Watchlist watchlist;
  private final VerificationProperties properties;
  private final Clock clock;

  @Autowired
  LiveWarnings(Watchlist watchlist, VerificationProperties properties) {
    this(watchlist, properties, Clock.systemUTC());
  }

  LiveWarnings(Watchlist watchlist, VerificationProperties properties, Clock clock) {
    this.watchlist = watchlist;
    this.properties = properties;
    this.clock = clock;
  }

  /** The current warnings of {@code kinds}. */
  public List<Warning> current(Set<WarningKind> kinds) {
    List<Warning> warnings = new ArrayList<>();
    int limit = properties.maxScan() == null ? 10_000 : properties.maxScan();
    if (kinds.contains(WarningKind.CERTIFICATE_EXPIRING)) {
      LocalDate today = LocalDate.now(clock);
      Duration horizon = properties.certificateHorizon() == null ? Duration.ofDays(90) : properties.certificateHorizon();
      long days = horizon.toDays();
      for (ExpiringCertificate expiring : watchlist.certificatesExpiring(today, today.plusDays(days), limit)) {
        warnings.addAll(expiring(expiring, days));
      }
    }
    if (kinds.contains(WarningKind.SHIPMENT_OVERDUE)) {
      OffsetDateTime now = OffsetDateTime.now(clock);
      for (ShipmentInTransit transit : watchlist.shipmentsInTransit(limit)) {
        OffsetDateTime expected = expectedArrival(transit);
        if (expected != null && now.isAfter(expected)) {
          warnings.add(overdue(transit, expected));
        }
      }
    }
    return warnings;
  }

  private static List<Warning> expiring(ExpiringCertificate expiring, long horizonDays) {
    var certificate = expiring.certificate();
    OffsetDateTime raised = certificate.validTo().minusDays(horizonDays).atStartOfDay().atOffset(ZoneOffset.UTC);
    List<GraphNode> subjects = new ArrayList<>();
    subjects.add(certificate);
    subjects.addAll(expiring.subjects());
    String subject = expiring.subjects().isEmpty() ? certificate.number() : name(expiring.subjects().getFirst());
    Map<String, Object> arguments = Map.of("scheme", certificate.scheme(), "subject", subject,
        "validTo", certificate.validTo().toString());
    List<String> holders = expiring.holderGlns().isEmpty() ? java.util.Collections.singletonList(null) : expiring.holderGlns();
    List<Warning> warnings = new ArrayList<>();
    for (String holder : holders) {
      warnings.add(new Warning("CERTIFICATE_EXPIRING:" + certificate.uid() + ":" + certificate.validTo() + ":" + holder,
          WarningKind.CERTIFICATE_EXPIRING, raised, arguments, null, subjects, holder));
    }
    return warnings;
  }

  /** When {@code transit} should have arrived; null without both ends' coordinates. */
  OffsetDateTime expectedArrival(ShipmentInTransit transit) {
    Facility from = transit.origin();
    Facility to = transit.destination();
    if (from == null || to == null || from.location() == null || to.location() == null
        || transit.shipment().departedAt() == null) {
      return null;
    }
    double km = GreatCircle.km(from.location(), to.location()) * (properties.routeFactor() == null ? 1.3 : properties.routeFactor());
    double hours = km / properties.mode(transit.shipment().transportMode()).typicalKmh();
    Duration slack = properties.overdueSlack() == null ? Duration.ofHours(24) : properties.overdueSlack();
    return transit.shipment().departedAt().plusMinutes(Math.round(hours * 60)).plus(slack);
  }

  private static Warning overdue(ShipmentInTransit transit, OffsetDateTime expected) {
    var shipment = transit.shipment();
    Facility from = transit.origin();
    Facility to = transit.destination();
    String acts = from.operatorGln() != null ? from.operatorGln() : to.operatorGln();
    return new Warning("SHIPMENT_OVERDUE:" + shipment.reference(), WarningKind.SHIPMENT_OVERDUE, expected,
        Map.of("from", from.name(), "to", to.name(), "departedAt", String.valueOf(shipment.departedAt()),
            "expectedAt", expected.toString()),
        null, List.of(shipment, from, to), acts);
  }

  static String name(GraphNode node) {
    return switch (node) {
      case Facility f -> f.name();
      case org.origingraph.provenance.Organization o -> o.name();
      case org.origingraph.provenance.Batch b -> b.lot();
      case org.origingraph.provenance.Product p -> p.name();
      default -> node.id();
    };
  }
}
