package org.origingraph.provenance.internal;

import org.neo4j.driver.Record;

/** The single row the provenance statement returns, read by {@link ProvenanceAssembler}. */
record TraceRows(Record row) {}
