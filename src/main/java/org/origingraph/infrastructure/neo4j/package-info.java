/** The embedded Neo4j server, its Bolt driver wiring and the start-up schema. */
@NullMarked
package org.origingraph.infrastructure.neo4j;

import org.jspecify.annotations.NullMarked;
