package org.origingraph.epcis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.origingraph.IntegrationTest;
import org.origingraph.epcis.benchmark.EventGenerator;
import org.origingraph.provenance.internal.CaptureStatements;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;

/**
 * No capture statement scans an index or a label: each looks its nodes up by key (or by element id).
 * That includes the provenance module's statements that capture runs. A scan per row makes a
 * capture cost grow with the graph, and the statements keep their first plan for the life of the
 * process ({@code replan=skip}), so one bad plan once slowed every later capture fourfold.
 */
class CaptureStatementPlanIntegrationTests extends IntegrationTest {

  @Autowired
  private Neo4jClient neo4j;

  @Test
  void theStatementsACaptureRanSeekTheirNodes() {
    http().post().uri("/epcis/capture").header("X-API-Key", CAPTURE_KEY).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(EventGenerator.document(3_000_000, 3)).exchange().expectStatus().isAccepted();

    statements().forEach((name, statement) ->
        assertThat(operators(statement)).as(name).noneMatch(operator -> operator.contains("Scan")));
  }

  @Test
  void thePlannerSeeksWhenItPlansAfresh() {
    statements().forEach((name, statement) ->
        assertThat(operators(statement.replace("replan=skip", "replan=force"))).as(name)
            .noneMatch(operator -> operator.contains("Scan")));
  }

  /** Capture's own statements and the provenance module's that capture runs. */
  private static Map<String, String> statements() {
    Map<String, String> all = new LinkedHashMap<>(EventWrites.statements());
    all.putAll(CaptureStatements.all());
    return all;
  }

  /** EXPLAIN with the parameters the statement names, of the types a capture binds, so that a cached plan is found. */
  private List<String> operators(String statement) {
    Map<String, Object> parameters = new HashMap<>();
    Matcher names = Pattern.compile("\\$(\\w+)").matcher(statement);
    while (names.find()) {
      parameters.put(names.group(1), switch (names.group(1)) {
        case "captureId" -> "plan";
        case "recordTime" -> OffsetDateTime.now();
        default -> List.of();
      });
    }
    List<String> operators = new ArrayList<>();
    collect(neo4j.query("EXPLAIN " + statement).bindAll(parameters).run().plan(), operators);
    return operators;
  }

  private static void collect(Plan plan, List<String> operators) {
    operators.add(plan.operatorType());
    plan.children().forEach(child -> collect(child, operators));
  }
}
