package org.origingraph.infrastructure.neo4j;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Embedded unless an external database is configured or embedding is switched off. Reads the switch
 * through {@link EmbeddedNeo4jProperties}, bound early, so that its default lives in one place.
 */
class EmbeddedNeo4jCondition implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    var environment = context.getEnvironment();
    boolean external = StringUtils.hasText(environment.getProperty("spring.neo4j.uri"));
    boolean enabled = Binder.get(environment).bind(EmbeddedNeo4jProperties.PREFIX, EmbeddedNeo4jProperties.class)
        .map(EmbeddedNeo4jProperties::isEnabled)
        .orElse(true);
    return enabled && !external;
  }
}
