package org.origingraph.verification;

import java.util.List;
import java.util.Map;

import org.origingraph.provenance.GraphNode;

/**
 * One thing a rule found wrong. The message is not stored as text: it is the bundle key
 * {@code finding.<CODE>} formatted with {@code arguments} in the reader's language. Immutable.
 *
 * @param code what was found
 * @param arguments the message's named arguments (lots, quantities, dates, field names)
 * @param subjects the nodes concerned, most specific first
 */
public record Finding(FindingCode code, Map<String, Object> arguments, List<GraphNode> subjects) {

  public Finding {
    arguments = Map.copyOf(arguments);
    subjects = List.copyOf(subjects);
  }

  /** The code's severity. */
  public Severity severity() {
    return code.severity();
  }

  /** The bundle key of the message. */
  public String messageKey() {
    return "finding." + code.name();
  }
}
