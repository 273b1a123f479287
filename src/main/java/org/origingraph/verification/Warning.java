package org.origingraph.verification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.origingraph.provenance.GraphNode;
import org.jspecify.annotations.Nullable;

/**
 * An early warning of a supply-chain risk. Its message is the bundle key {@code warning.<KIND>}
 * formatted with {@code arguments} in the reader's language (for FINDING, wrapping the finding's own
 * message). Immutable.
 *
 * @param id stable: the same risk raised twice has the same id
 * @param raisedAt when the risk arose (the day a certificate entered the horizon, the moment a
 *     shipment became overdue, the moment a finding or the scan threshold was met)
 * @param finding for FINDING, the finding
 * @param subjects the nodes concerned, most specific first
 * @param organizationGln party GLN of the organisation that should act, when known
 */
public record Warning(
    String id, WarningKind kind, OffsetDateTime raisedAt, Map<String, Object> arguments,
    @Nullable Finding finding, List<GraphNode> subjects, @Nullable String organizationGln) {

  public Warning {
    arguments = Map.copyOf(arguments);
    subjects = List.copyOf(subjects);
  }

  /** For FINDING, the finding's code. */
  public @Nullable FindingCode code() {
    return finding == null ? null : finding.code();
  }

  /** The bundle key of the message. */
  public String messageKey() {
    return "warning." + kind.name();
  }
}
