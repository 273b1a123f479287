package org.origingraph.epcis;

import static org.origingraph.epcis.QueryParameter.EQ_BIZ_LOCATION;
import static org.origingraph.epcis.QueryParameter.EQ_BIZ_STEP;
import static org.origingraph.epcis.QueryParameter.EQ_BIZ_TRANSACTION;
import static org.origingraph.epcis.QueryParameter.EQ_DESTINATION;
import static org.origingraph.epcis.QueryParameter.EQ_DISPOSITION;
import static org.origingraph.epcis.QueryParameter.EQ_READ_POINT;
import static org.origingraph.epcis.QueryParameter.EQ_SOURCE;
import static org.origingraph.epcis.QueryParameter.EVENT_TYPE;
import static org.origingraph.epcis.QueryParameter.GE_EVENT_TIME;
import static org.origingraph.epcis.QueryParameter.LT_EVENT_TIME;
import static org.origingraph.epcis.QueryParameter.MATCH_ANY_EPC;
import static org.origingraph.epcis.QueryParameter.MATCH_ANY_EPC_CLASS;
import static org.origingraph.epcis.QueryParameter.MATCH_EPC;
import static org.origingraph.epcis.QueryParameter.MATCH_EPC_CLASS;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.origingraph.api.Arguments;
import org.origingraph.api.BadUserInputException;
import org.origingraph.gs1.Gtin;
import org.origingraph.gs1.Lot;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.node.ObjectNode;

/** The query half of the EPCIS 2.0 REST binding, and the provenance export. */
@RestController
@RequestMapping("/epcis")
class EventQueryController {

  private static final String JSON_LD = "application/ld+json";

  private final EpcisEvents events;
  private final EpcisProperties properties;

  EventQueryController(EpcisEvents events, EpcisProperties properties) {
    this.events = events;
    this.properties = properties;
  }

  @GetMapping(path = "/events", produces = {"application/json", JSON_LD})
  ResponseEntity<ObjectNode> query(@RequestParam MultiValueMap<String, String> parameters,
      @RequestParam(required = false) @Nullable Integer perPage, @RequestParam(required = false) @Nullable String nextPageToken) {
    QueryParameterNames.check(parameters.keySet());
    int size = Arguments.inRange("perPage", perPage, 1, properties.maxPerPage(), 30);
    EventPage page = events.query(query(parameters), size, nextPageToken);
    var response = ResponseEntity.ok();
    if (page.nextPageToken() != null) {
      String next = ServletUriComponentsBuilder.fromCurrentRequest()
          .replaceQueryParam("nextPageToken", page.nextPageToken()).build().toUriString();
      response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
    }
    return response.body(events.queryDocument(page.events()));
  }

  @GetMapping(path = "/events/{eventId}", produces = {"application/json", JSON_LD})
  ObjectNode event(@PathVariable String eventId) {
    return events.event(eventId).map(events::standalone).orElseThrow(() -> new EpcisException(404, "NOT_FOUND",
        "epcisException:NoSuchResourceException", "No event has the id " + eventId, List.of()));
  }

  @GetMapping(path = "/provenance/{gtin}/{lot}", produces = {"application/json", JSON_LD})
  ObjectNode provenance(@PathVariable String gtin, @PathVariable String lot) {
    String g = Arguments.parse("gtin", gtin, Gtin::parse).value();
    String l = Arguments.parse("lot", lot, Lot::parse).value();
    return events.provenanceDocument(g, l).orElseThrow(() -> new EpcisException(404, "NOT_FOUND",
        "epcisException:NoSuchResourceException", "No batch " + g + " lot " + l, List.of()));
  }

  private static EventQuery query(MultiValueMap<String, String> p) {
    return new EventQuery(values(p, EVENT_TYPE), time(p, GE_EVENT_TIME), time(p, LT_EVENT_TIME),
        values(p, EQ_BIZ_STEP), values(p, EQ_DISPOSITION), values(p, EQ_BIZ_LOCATION), values(p, EQ_READ_POINT),
        values(p, MATCH_EPC), values(p, MATCH_ANY_EPC), values(p, MATCH_EPC_CLASS), values(p, MATCH_ANY_EPC_CLASS),
        typed(p, EQ_BIZ_TRANSACTION), typed(p, EQ_SOURCE), typed(p, EQ_DESTINATION));
  }

  /** The parameters named {@code prefix + type}, e.g. {@code EQ_bizTransaction_po}, the type being what follows. */
  private static @Nullable List<EventQuery.TypedValues> typed(MultiValueMap<String, String> p, QueryParameter parameter) {
    String prefix = parameter.restName();
    List<EventQuery.TypedValues> typed = p.keySet().stream().filter(name -> name.startsWith(prefix))
        .map(name -> new EventQuery.TypedValues(name.substring(prefix.length()), values(p, name))).toList();
    return typed.isEmpty() ? null : typed;
  }

  private static @Nullable List<String> values(MultiValueMap<String, String> p, QueryParameter parameter) {
    return values(p, parameter.restName());
  }

  /**
   * Repeated parameters and {@code |}-separated values alike: the OpenAPI of the REST binding declares
   * the list parameters {@code style: pipeDelimited}. Not commas: they are legal in serials and URIs.
   * Blank values are kept, for {@link EpcisEvents} to refuse: {@code MATCH_epc=} is no filter at all.
   */
  private static @Nullable List<String> values(MultiValueMap<String, String> p, String name) {
    List<String> given = p.get(name);
    if (given == null) {
      return null;
    }
    return given.stream().flatMap(v -> Arrays.stream(v.split("\\|", -1))).toList();
  }

  private static @Nullable OffsetDateTime time(MultiValueMap<String, String> p, QueryParameter parameter) {
    String name = parameter.restName();
    String value = p.getFirst(name);
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip().replace(' ', '+'));
    } catch (DateTimeParseException e) {
      throw new BadUserInputException(name, name + " must be a date-time with offset such as 2026-03-01T00:00:00Z");
    }
  }
}
