package org.origingraph.infrastructure.neo4j;

import org.neo4j.driver.Logging;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Routes the Neo4j driver's logging to SLF4J, for the embedded database and external servers alike.
 *
 * <p>Left alone, the driver 6.1 logs through {@code System.Logger}, and its adapter formats every debug
 * message before the logger discards it: each Bolt RUN message was rendered with all its parameters,
 * which for an EPCIS capture is the whole document's rows, about a megabyte per statement. That cost
 * about a twelfth of the CPU of the capture benchmark, for log lines nobody sees. The SLF4J adapter
 * checks the level first. {@link Logging} is deprecated in favour of {@code System.Logger}, but it is
 * the only way to pick the adapter; drop this class once the driver checks the level itself.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jDriverLogging {

  @Bean
  @SuppressWarnings("deprecation")
  ConfigBuilderCustomizer slf4jDriverLogging() {
    return builder -> builder.withLogging(Logging.slf4j());
  }
}
