/** The log's tree, hashing, canonical JSON, signing key, Cypher and REST endpoints. */
@NullMarked
package org.origingraph.integrity.internal;

import org.jspecify.annotations.NullMarked;
