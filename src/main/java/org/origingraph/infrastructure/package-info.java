/**
 * Infrastructure: the database the application runs on and the cross-cutting wiring around it.
 *
 * <p>Owns the embedded Neo4j (started in-process unless {@code spring.neo4j.uri} points at an
 * external server or cluster), the idempotent creation of constraints and indexes at start-up, and
 * cache configuration. Other modules never see the embedded database: they talk to Neo4j through the
 * Bolt driver that Spring Boot configures, exactly as they would against a server.
 */
@ApplicationModule(displayName = "Infrastructure")
@NullMarked
package org.origingraph.infrastructure;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
