/** EPCIS internals: schema validation, identifier parsing, event hashing, graph mapping and Cypher. */
@NullMarked
package org.origingraph.epcis.internal;

import org.jspecify.annotations.NullMarked;
