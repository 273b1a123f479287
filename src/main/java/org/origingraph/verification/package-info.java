/**
 * Verification: the graph checks itself and says what is wrong.
 *
 * <p>Owns the rules that judge a provenance walk (time order, mass balance, certificate validity on
 * the day, transit plausibility, record completeness against Circular 02/2024/TT-BKHCN), the
 * {@link org.origingraph.verification.Verification} they add up to, early warnings (expiring
 * certificates, overdue shipments, findings on newly captured data, stamps scanned implausibly often),
 * the recall answer and the FSMA 204 export. It reads the graph only through the provenance module's
 * public API (the walk {@link org.origingraph.provenance.ProvenanceTracer} assembles and
 * {@link org.origingraph.provenance.Catalog}), so every read stays within provenance's budgets; its
 * own Cypher names no label of another module (it has none). docs/verification.md lists every rule,
 * its parameters and its false-positive risks.
 */
@ApplicationModule(displayName = "Verification", allowedDependencies = {"api", "gs1", "i18n", "provenance", "security", "resolver"})
@NullMarked
package org.origingraph.verification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
