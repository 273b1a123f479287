package org.origingraph.epcis.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.origingraph.provenance.Ownership;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Writes only for one's own (docs/access.md): which parts of a captured document name locations or
 * products that are not the capturing producer's organisation's.
 *
 * <p>The rules, per event: its {@code bizLocation} and {@code readPoint} must be the organisation's.
 * Of its source and destination sides one may be a counterparty (a producer ships to customers and
 * receives from suppliers), the other must be the organisation's: the "from" side is the
 * {@code sourceList} or, without one, the event's own location; the "to" side the
 * {@code destinationList} or the event's location. What the event makes (a commissioning ADD's
 * {@code epcList}/{@code quantityList}, a TransformationEvent's outputs) must be the organisation's
 * products; what it consumes, ships or receives may be anyone's, since it happens at the
 * organisation's place. Ownership itself is {@link Ownership}'s: two set lookups per document, never
 * one per event.
 */
@Component
public class CaptureScope {

  private final Ownership ownership;

  CaptureScope(Ownership ownership) {
    this.ownership = ownership;
  }

  /** A field of an event naming a GS1 key. */
  private record Named(int event, String pointer, String key) {}

  /** The problems (code FORBIDDEN) of {@code events} captured for {@code organization}; empty when all is its own. */
  public List<Problem> refusals(List<ParsedEvent> events, String organization) {
    List<EventNames> named = events.stream().map(EventNames::of).toList();
    Set<String> glns = new LinkedHashSet<>();
    Set<String> gtins = new LinkedHashSet<>();
    for (EventNames n : named) {
      n.locations().forEach(l -> glns.add(l.key()));
      n.sources().forEach(l -> glns.add(l.key()));
      n.destinations().forEach(l -> glns.add(l.key()));
      n.products().forEach(p -> gtins.add(p.key()));
    }
    Set<String> foreignGlns = glns.isEmpty() ? Set.of() : ownership.foreignLocations(organization, glns);
    Set<String> foreignGtins = gtins.isEmpty() ? Set.of() : ownership.foreignProducts(organization, gtins);
    List<Problem> problems = new ArrayList<>();
    for (EventNames n : named) {
      n.locations().stream().filter(l -> foreignGlns.contains(l.key())).findFirst()
          .ifPresent(l -> problems.add(location(l, organization)));
      boolean siteOwn = !n.locations().isEmpty();
      Named foreignSource = first(n.sources(), foreignGlns);
      Named foreignDestination = first(n.destinations(), foreignGlns);
      boolean fromOwn = n.sources().isEmpty() ? siteOwn : foreignSource == null;
      boolean toOwn = n.destinations().isEmpty() ? siteOwn : foreignDestination == null;
      if (!fromOwn && !toOwn && !(n.sources().isEmpty() && n.destinations().isEmpty())) {
        Named blamed = foreignSource != null ? foreignSource : foreignDestination != null ? foreignDestination
            : (n.sources().isEmpty() ? n.destinations() : n.sources()).getFirst();
        problems.add(location(blamed, organization));
      }
      n.products().stream().filter(p -> foreignGtins.contains(p.key())).findFirst()
          .ifPresent(p -> problems.add(new Problem(p.pointer(), "FORBIDDEN", p.pointer() + ": GTIN " + p.key()
              + " is not a product of your organisation (" + organization + "); a producer makes only its own products",
              p.event())));
    }
    return problems;
  }

  private static Problem location(Named l, String organization) {
    return new Problem(l.pointer(), "FORBIDDEN", l.pointer() + ": GLN " + l.key()
        + " is not a location of your organisation (" + organization + ")", l.event());
  }

  private static @Nullable Named first(List<Named> side, Set<String> foreign) {
    return side.stream().filter(l -> foreign.contains(l.key())).findFirst().orElse(null);
  }

  /** What one event names: its own locations, its two sides, and the products it makes. */
  private record EventNames(List<Named> locations, List<Named> sources, List<Named> destinations, List<Named> products) {

    static EventNames of(ParsedEvent event) {
      JsonNode e = event.json();
      String at = "/epcisBody/eventList/" + event.index() + "/";
      List<Named> locations = new ArrayList<>();
      for (String field : List.of("bizLocation", "readPoint")) {
        gln(event, at + field + "/id", e.path(field).path("id")).ifPresent(locations::add);
      }
      List<Named> sources = side(event, e, at, "sourceList", "source");
      List<Named> destinations = side(event, e, at, "destinationList", "destination");
      List<Named> products = new ArrayList<>();
      if (!event.declaresError()) {
        String action = e.path("action").asString("");
        String bizStep = String.valueOf(Vocabulary.shortForm(e.path("bizStep").asString(null)));
        boolean commissioning = "ADD".equals(action) && ("commissioning".equals(bizStep) || e.has("ilmd"));
        if (event.type().equals("TransformationEvent")) {
          made(event, e, at, "outputEPCList", "outputQuantityList", products);
        } else if (commissioning && event.type().equals("ObjectEvent")) {
          made(event, e, at, "epcList", "quantityList", products);
        }
      }
      return new EventNames(locations, sources, destinations, products);
    }

    private static List<Named> side(ParsedEvent event, JsonNode e, String at, String list, String member) {
      List<Named> found = new ArrayList<>();
      JsonNode entries = e.path(list);
      for (int i = 0; i < entries.size(); i++) {
        gln(event, at + list + "/" + i + "/" + member, entries.get(i).path(member)).ifPresent(found::add);
      }
      return found;
    }

    private static void made(ParsedEvent event, JsonNode e, String at, String epcs, String quantities, List<Named> into) {
      JsonNode list = e.path(epcs);
      for (int i = 0; i < list.size(); i++) {
        gtin(event, at + epcs + "/" + i, list.get(i)).ifPresent(into::add);
      }
      JsonNode q = e.path(quantities);
      for (int i = 0; i < q.size(); i++) {
        gtin(event, at + quantities + "/" + i + "/epcClass", q.get(i).path("epcClass")).ifPresent(into::add);
      }
    }

    private static java.util.Optional<Named> gln(ParsedEvent event, String pointer, JsonNode value) {
      return GraphMapper.parse(value.asString("")) instanceof Epc.Location location
          ? java.util.Optional.of(new Named(event.index(), pointer, location.gln())) : java.util.Optional.empty();
    }

    private static java.util.Optional<Named> gtin(ParsedEvent event, String pointer, JsonNode value) {
      return switch (GraphMapper.parse(value.asString(""))) {
        case Epc.Item item -> java.util.Optional.of(new Named(event.index(), pointer, item.gtin()));
        case Epc.ItemClass c -> java.util.Optional.of(new Named(event.index(), pointer, c.gtin()));
        default -> java.util.Optional.empty();
      };
    }
  }
}
