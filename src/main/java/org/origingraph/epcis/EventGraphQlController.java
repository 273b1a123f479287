package org.origingraph.epcis;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.origingraph.api.Connection;
import org.origingraph.api.PageRequest;
import org.origingraph.epcis.internal.Vocabulary;
import org.jspecify.annotations.Nullable;
import org.origingraph.audit.RequestIds;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The GraphQL side of EPCIS: the {@code events} connection and the {@code captureEpcisDocument} mutation. */
@Controller
class EventGraphQlController {

  /** {@code EventFilter}. */
  record EventFilter(@Nullable List<String> eventTypes, @Nullable OffsetDateTime from, @Nullable OffsetDateTime to,
      @Nullable List<String> bizSteps, @Nullable List<String> dispositions, @Nullable List<String> bizLocations,
      @Nullable List<String> readPoints, @Nullable List<String> epcs, @Nullable List<String> anyEpcs,
      @Nullable List<String> epcClasses, @Nullable List<String> anyEpcClasses,
      @Nullable List<EventQuery.TypedValues> bizTransactions,
      @Nullable List<EventQuery.TypedValues> sources, @Nullable List<EventQuery.TypedValues> destinations) {}

  /** {@code EpcisEvent}. */
  record EventNode(String eventId, String type, OffsetDateTime eventTime, @Nullable String bizStep,
      @Nullable String disposition, boolean erroneous, String json) {}

  /** {@code CapturePayload}. */
  record CapturePayload(@Nullable String captureId, CaptureJob.Status status, long eventCount, long capturedCount,
      long duplicateCount, List<CaptureProblem> errors) {}

  private final EpcisEvents events;
  private final EpcisCapture capture;

  EventGraphQlController(EpcisEvents events, EpcisCapture capture) {
    this.events = events;
    this.capture = capture;
  }

  @QueryMapping
  Connection<EventNode> events(@Argument @Nullable EventFilter filter, @Argument @Nullable Integer first,
      @Argument @Nullable String after) {
    PageRequest request = PageRequest.of(first, after);
    EventPage page = events.page(query(filter), request.size(), request.offset());
    List<Connection.Edge<EventNode>> edges = new ArrayList<>();
    for (int i = 0; i < page.events().size(); i++) {
      edges.add(new Connection.Edge<>(PageRequest.cursorAt(request.offset() + i), node(page.events().get(i))));
    }
    var info = new Connection.PageInfo(page.nextPageToken() != null, request.offset() > 0,
        edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor());
    return new Connection<>(edges, info, page.totalCount());
  }

  @MutationMapping
  CapturePayload captureEpcisDocument(@Argument String document, @Argument @Nullable ErrorBehaviour errorBehaviour,
      @ContextValue(name = RequestIds.CONTEXT_KEY, required = false) @Nullable String requestId) {
    try {
      CaptureJob job = RequestIds.within(requestId,
          () -> capture.capture(document, errorBehaviour == null ? ErrorBehaviour.ROLLBACK : errorBehaviour));
      return new CapturePayload(job.id(), job.status(), job.eventCount(), job.capturedCount(), job.duplicateCount(), job.errors());
    } catch (EpcisException refused) {
      List<CaptureProblem> errors = refused.problems().isEmpty()
          ? List.of(new CaptureProblem("", refused.code(), refused.getMessage())) : refused.problems();
      return new CapturePayload(null, CaptureJob.Status.FAILED, 0, 0, 0, errors);
    }
  }

  private static EventNode node(EpcisEvent event) {
    var json = event.json();
    return new EventNode(event.eventId(), typeName(event.type()), OffsetDateTime.parse(json.path("eventTime").asString()),
        text(json.path("bizStep").asString(null)), text(json.path("disposition").asString(null)),
        json.has("errorDeclaration"), json.toString());
  }

  private static @Nullable String text(@Nullable String value) {
    return Vocabulary.shortForm(value);
  }

  /** {@code ObjectEvent} ↔ {@code OBJECT_EVENT}. */
  private static String typeName(String type) {
    return type.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  private static String eventType(String name) {
    StringBuilder out = new StringBuilder();
    for (String part : name.toLowerCase(Locale.ROOT).split("_")) {
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }

  private static EventQuery query(@Nullable EventFilter f) {
    if (f == null) {
      return EventQuery.all();
    }
    return new EventQuery(f.eventTypes() == null ? null : f.eventTypes().stream().map(EventGraphQlController::eventType).toList(),
        f.from(), f.to(), f.bizSteps(), f.dispositions(), f.bizLocations(), f.readPoints(), f.epcs(), f.anyEpcs(),
        f.epcClasses(), f.anyEpcClasses(), f.bizTransactions(), f.sources(), f.destinations());
  }
}
