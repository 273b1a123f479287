package org.origingraph.epcis.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A captured document after validation: the events that passed and the problems found.
 *
 * @param events the valid events, in document order, without repeats of the same eventID
 * @param problems everything wrong, document-level problems first
 */
public record ParsedDocument(List<ParsedEvent> events, List<Problem> problems) {

  /** Whether some problem concerns the document itself rather than a single event. */
  public boolean documentInvalid() {
    return problems.stream().anyMatch(p -> p.eventIndex() < 0);
  }

  /** How many events the document has problems in. */
  public Set<Integer> invalidEvents() {
    return problems.stream().map(Problem::eventIndex).filter(i -> i >= 0).collect(Collectors.toSet());
  }
}
