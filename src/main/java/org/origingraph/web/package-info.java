/**
 * The HTTP edge: what every request passes before any endpoint sees it, and how every HTTP error is
 * answered.
 *
 * <p>Limits that keep one caller from exhausting the service: the request body's size (413) and a
 * token-bucket rate limit per caller, per API key or JWT subject, per client IP for anonymous callers
 * (429 with {@code Retry-After}); both keyed by role name and switched off together with
 * {@code origin.limits.enabled=false}. And one answer format for HTTP errors: every refusal, whether
 * from an endpoint, Spring MVC, Spring Security's firewall or the servlet container, is
 * {@code application/problem+json} with a {@code code} from {@link org.origingraph.api.ErrorCode}.
 * Nothing here is public API: the module only registers filters and handlers. See docs/limits.md.
 */
@ApplicationModule(displayName = "HTTP edge: limits and problem answers")
@NullMarked
package org.origingraph.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
