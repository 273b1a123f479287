package org.origingraph.resolver;

import org.jspecify.annotations.Nullable;

/**
 * Published, synchronously on the resolving thread, each time the resolver answers a serialised item's
 * Digital Link: one scan of one stamp. Listeners must be quick and must not throw.
 *
 * @param gtin GTIN-14
 * @param lot the lot in the link, when it has one
 * @param serial the serial number
 */
public record StampScanned(String gtin, @Nullable String lot, String serial) {}
