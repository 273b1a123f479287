/**
 * Visibility: which fields of the traceability graph each caller reads.
 *
 * <p>Every field of every data type declares its level in the SDL with
 * {@code @visibility(level: PUBLIC | PARTY | REGULATOR)}; this module enforces it in one place, a
 * graphql-java instrumentation that wraps every data fetcher, so no resolver decides access itself.
 * A PARTY field is read as stored by a caller whose organisation is a party to the node the field
 * belongs to (derived from the field's source object: a facility, batch, shipment, organisation,
 * certificate, or the node a nested value such as an address or an input's quantity hangs off), and
 * by regulators and administrators; anyone else reads null, or a rounded value where the directive
 * says {@code roundTo}, and finds the path in the response's {@code extensions.withheld}
 * ({@code extensions.rounded}).
 *
 * <p>Party membership is computed at most once per request, and only when a PARTY field is asked
 * for: the facilities the caller's organisation operates and, for an importer, the upstream of
 * every batch shipped to them, through the provenance module's public API.
 */
@ApplicationModule(displayName = "Visibility", allowedDependencies = {"api", "provenance", "security"})
@NullMarked
package org.origingraph.visibility;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
