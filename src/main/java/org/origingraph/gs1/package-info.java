/**
 * GS1 identifiers: value types for GTIN, GLN, SSCC, lot, serial and expiry whose construction is their
 * validation; GS1 Digital Link URIs and EPC URNs, and the conversion between them.
 *
 * <p>An identifier that enters the system (a GraphQL argument, a data file, a Digital Link, an EPC URN
 * or an EPCIS event) is parsed here once; an invalid one raises
 * {@link org.origingraph.gs1.InvalidIdentifierException} saying which identifier, what is wrong and, for a
 * check digit, which digit was expected. Everything past the edge holds the canonical form (GTINs as
 * GTIN-14).
 *
 * <p>The module is pure Java: no Spring, no web, no other module. Configuration that it needs (the
 * company-prefix length table) is handed in as values by whoever wires it.
 */
@ApplicationModule(displayName = "GS1 identifiers")
@NullMarked
package org.origingraph.gs1;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
