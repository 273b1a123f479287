/**
 * Provenance: the traceability graph and its traversals.
 *
 * <p>Owns products, batches, facilities, organizations, shipments and certificates as Neo4j nodes,
 * the GraphQL fields that read them, the provenance walk upstream (where did this come from) and
 * downstream (where did it go: recalls), the producer mutations that add to the graph, what captured
 * events do to it ({@link org.origingraph.provenance.CapturedGraph}), and the demo data set. Only this
 * module's Cypher names its labels. A provenance answer is computed by one Cypher statement whatever the chain's length;
 * nested fields are batch-loaded, so the number of round trips depends on the query's shape only.
 *
 * <p>The records in this package are the module's API; other modules receive them or their keys.
 */
@ApplicationModule(displayName = "Provenance", allowedDependencies = {"api", "gs1", "i18n", "integrity", "security"})
@NullMarked
package org.origingraph.provenance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
