/**
 * Security: who the caller is and what they may do.
 *
 * <p>A caller is anonymous ({@link org.origingraph.security.Role#PUBLIC}), the holder of an API key
 * sent in the {@code X-API-Key} header, or the subject of an OAuth2 bearer JWT. Every caller but the
 * anonymous one has exactly one {@link org.origingraph.security.Role} and belongs to one organisation
 * (its GLN). Other modules ask {@link org.origingraph.security.Callers#current()} for the
 * {@link org.origingraph.security.Caller}; they never look at keys or tokens. Keys are configured
 * only as SHA-256 hashes, so neither the configuration nor a heap dump reveals a usable key.
 * Services declare the role an operation needs with {@code @PreAuthorize("hasRole('PRODUCER')")}.
 */
@ApplicationModule(displayName = "Security")
@NullMarked
package org.origingraph.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
