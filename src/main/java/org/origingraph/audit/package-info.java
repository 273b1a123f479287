/**
 * Audit: an append-only trail of every write, who made it and how it ended.
 *
 * <p>Each capture submission, GraphQL mutation and story translation leaves one {@code (:AuditRecord)}:
 * who (the key's name or the JWT's subject, its role and organisation), when, what (the operation and
 * the identifiers it named), the request id ({@code X-Request-Id}, or one made up) and the outcome:
 * {@link org.origingraph.audit.AuditOutcome#ACCEPTED ACCEPTED}, {@code REFUSED} (the caller may not do
 * this: no key, a role that does not write, another organisation's location or product) or
 * {@code FAILED} (nothing written for another reason: invalid input, a storage failure). Records are
 * written in a transaction of their own, so a refused write, whose own transaction writes nothing,
 * is still on the trail. There is no API to change or remove a record. REGULATOR and ADMIN callers
 * read the trail as the {@code auditTrail} connection; see docs/access.md.
 *
 * <p>Writers call {@link org.origingraph.audit.AuditTrail#record} in one line at the point where
 * they know the outcome; GraphQL mutations are recorded by this module itself, from the answer.
 */
@ApplicationModule(displayName = "Audit trail", allowedDependencies = {"api", "gs1", "security"})
@NullMarked
package org.origingraph.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
