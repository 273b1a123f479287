package org.origingraph.infrastructure.neo4j;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Embedded unless an external database is configured or embedding is switched off. */
class EmbeddedNeo4jCondition implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    var environment = context.getEnvironment();
    boolean external = StringUtils.hasText(environment.getProperty("spring.neo4j.uri"));
    boolean enabled = environment.getProperty("origin.neo4j.embedded.enabled", Boolean.class, true);
    return enabled && !external;
  }
}
