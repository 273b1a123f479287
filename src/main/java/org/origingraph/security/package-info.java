/**
 * Security: who the caller is and what they may do.
 *
 * <p>Reads of public traceability data are open to anyone. Writes (GraphQL mutations, and capture
 * endpoints as they arrive) need an API key sent in the {@code X-API-Key} header. Keys are configured
 * only as SHA-256 hashes, so neither the configuration nor a heap dump reveals a usable key. A key
 * grants roles (e.g. PRODUCER); services declare the role they need with {@code @PreAuthorize}.
 */
@ApplicationModule(displayName = "Security")
@NullMarked
package org.origingraph.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
