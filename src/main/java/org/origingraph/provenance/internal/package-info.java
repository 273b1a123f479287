/** Provenance internals: Cypher repositories, the provenance walk's assembly, demo data and search keys. */
@NullMarked
package org.origingraph.provenance.internal;

import org.jspecify.annotations.NullMarked;
