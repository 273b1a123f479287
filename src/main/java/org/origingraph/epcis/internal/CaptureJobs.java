package org.origingraph.epcis.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.origingraph.epcis.CaptureJob;
import org.origingraph.epcis.ErrorBehaviour;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Capture job records, {@code (:CaptureJob)} nodes, so that the status URL answered by
 * {@code POST /epcis/capture} works on every application instance and after a restart. Each call is
 * its own auto-committed statement, outside the document's transaction, so a failed capture still
 * leaves its FAILED record.
 */
@Repository
public class CaptureJobs {

  /** A job as stored. Problems are three parallel lists (pointer, code, message); enums by their names. */
  public record Row(String id, CaptureJob.Status status, ErrorBehaviour errorBehaviour, OffsetDateTime createdAt,
      @Nullable OffsetDateTime finishedAt, long eventCount, long capturedCount, long duplicateCount, List<Problem> problems) {}

  private final Neo4jClient neo4j;

  CaptureJobs(Neo4jClient neo4j) {
    this.neo4j = neo4j;
  }

  /** Records a job as RUNNING. */
  public void start(String id, ErrorBehaviour errorBehaviour, int eventCount, String owner) {
    neo4j.query("""
            CREATE (j:CaptureJob {id: $id, status: 'RUNNING', errorBehaviour: $behaviour, createdAt: $now,
                                  eventCount: $eventCount, capturedCount: 0, duplicateCount: 0, owner: $owner})""")
        .bindAll(Map.of("id", id, "behaviour", errorBehaviour.name(), "now", OffsetDateTime.now(ZoneOffset.UTC),
            "eventCount", eventCount, "owner", owner))
        .run();
  }

  /** Records how a job ended. */
  public void finish(String id, CaptureJob.Status status, long captured, long duplicates, List<Problem> problems) {
    neo4j.query("""
            MATCH (j:CaptureJob {id: $id})
            SET j.status = $status, j.finishedAt = $now, j.capturedCount = $captured, j.duplicateCount = $duplicates,
                j.errorPointers = $pointers, j.errorCodes = $codes, j.errorMessages = $messages""")
        .bindAll(Map.of("id", id, "status", status.name(), "now", OffsetDateTime.now(ZoneOffset.UTC),
            "captured", captured, "duplicates", duplicates,
            "pointers", problems.stream().map(Problem::pointer).toList(),
            "codes", problems.stream().map(Problem::code).toList(),
            "messages", problems.stream().map(Problem::message).toList()))
        .run();
  }

  /** The job {@code id}. */
  public Optional<Row> find(String id) {
    return neo4j.query("MATCH (j:CaptureJob {id: $id}) RETURN j")
        .bind(id).to("id")
        .fetchAs(Row.class)
        .mappedBy((types, record) -> {
          var j = record.get("j");
          List<String> pointers = j.get("errorPointers").isNull() ? List.of() : j.get("errorPointers").asList(v -> v.asString());
          List<String> codes = j.get("errorCodes").isNull() ? List.of() : j.get("errorCodes").asList(v -> v.asString());
          List<String> messages = j.get("errorMessages").isNull() ? List.of() : j.get("errorMessages").asList(v -> v.asString());
          List<Problem> problems = new ArrayList<>();
          for (int i = 0; i < pointers.size(); i++) {
            problems.add(new Problem(pointers.get(i), codes.get(i), messages.get(i), -1));
          }
          return new Row(j.get("id").asString(), CaptureJob.Status.valueOf(j.get("status").asString()),
              ErrorBehaviour.valueOf(j.get("errorBehaviour").asString()),
              j.get("createdAt").asOffsetDateTime(),
              j.get("finishedAt").isNull() ? null : j.get("finishedAt").asOffsetDateTime(),
              j.get("eventCount").asLong(), j.get("capturedCount").asLong(), j.get("duplicateCount").asLong(), problems);
        })
        .one();
  }
}
