package org.origingraph.epcis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.origingraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The event query seeks an index for a time window or a location instead of reading every event: with
 * millions of captured events the difference is between milliseconds and a timeout.
 */
class EventQueryPlanIntegrationTests extends IntegrationTest {

  @Autowired
  private Neo4jClient neo4j;

  private List<String> operators(Map<String, Object> filters) {
    Map<String, Object> parameters = new HashMap<>();
    EventReads.CONDITIONS.keySet().forEach(name -> parameters.put(name, filters.get(name)));
    Plan plan = neo4j.query("EXPLAIN " + EventReads.match(parameters) + "RETURN e.eventId")
        .bindAll(parameters).run().plan();
    List<String> operators = new ArrayList<>();
    collect(plan, operators);
    return operators;
  }

  private static void collect(Plan plan, List<String> operators) {
    operators.add(plan.operatorType());
    plan.children().forEach(child -> collect(child, operators));
  }

  @Test
  void aTimeWindowSeeksTheEventTimeIndex() {
    assertThat(operators(Map.of("from", OffsetDateTime.parse("2026-03-01T00:00Z"), "to", OffsetDateTime.parse("2026-03-02T00:00Z"))))
        .anyMatch(operator -> operator.startsWith("NodeIndexSeekByRange"))
        .noneMatch(operator -> operator.startsWith("NodeByLabelScan"));
  }

  @Test
  void aLocationSeeksItsIndex() {
    assertThat(operators(Map.of("bizLocations", List.of("https://id.gs1.org/414/8935999000018"), "bizSteps", List.of("shipping"))))
        .anyMatch(operator -> operator.startsWith("NodeIndexSeek"))
        .noneMatch(operator -> operator.startsWith("NodeByLabelScan"));
    assertThat(operators(Map.of("readPoints", List.of("https://id.gs1.org/414/8935999000018"))))
        .anyMatch(operator -> operator.startsWith("NodeIndexSeek"));
  }

  @Test
  void patternAndTypedFiltersStillSeekTheTimeWindow() {
    Map<String, Object> filters = Map.of(
        "from", OffsetDateTime.parse("2026-03-01T00:00Z"), "to", OffsetDateTime.parse("2026-03-02T00:00Z"),
        "epcs", EpcPatterns.parse("urn:epc:idpat:sgtin:8935999.*.*", EpcPatterns.Scope.INSTANCE).toMap(),
        "classes", EpcPatterns.parse("urn:epc:class:lgtin:8935999.012345.*", EpcPatterns.Scope.CLASS).toMap(),
        "bizTransactions", List.of(List.of("po|urn:epcglobal:cbv:bt:8935999000018:1")),
        "sources", List.of(List.of("owning_party|https://id.gs1.org/414/8935999000018")),
        "destinations", List.of(List.of("owning_party|https://id.gs1.org/414/8935999000025")));
    assertThat(operators(filters))
        .anyMatch(operator -> operator.startsWith("NodeIndexSeekByRange"))
        .noneMatch(operator -> operator.startsWith("NodeByLabelScan"));
  }
}
