/**
 * The GraphQL API's shared conventions, used by every module that exposes fields.
 *
 * <p>Owns what a front-end team relies on being the same everywhere: error codes in
 * {@code extensions.code} ({@link org.origingraph.api.ErrorCode}), Relay connections and their opaque
 * cursors ({@link org.origingraph.api.Connection}, {@link org.origingraph.api.PageRequest}), Relay global
 * ids ({@link org.origingraph.api.GlobalId}), the {@code DateTime} and {@code Date} scalars, the
 * limits on query depth, aliases and weighted cost (per-role budgets, keyed by the role names of
 * {@link org.origingraph.api.CallerRoles}; see docs/limits.md). Internals never reach a client: unexpected exceptions become
 * an {@code INTERNAL} error with an id to quote, and the detail goes to the log only.
 */
@ApplicationModule(displayName = "GraphQL API conventions")
@NullMarked
package org.origingraph.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
