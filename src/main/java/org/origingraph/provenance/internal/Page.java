package org.origingraph.provenance.internal;

import java.util.List;

/**
 * Rows of one page, fetched with one look-ahead row, and the size of the whole list.
 *
 * @param rows up to page size + 1 rows
 * @param total size of the whole list
 */
public record Page<T>(List<T> rows, long total) {}
