/**
 * GS1 identifiers: value types for GTIN, GLN and SSCC whose construction is their validation.
 *
 * <p>An identifier that enters the system (a GraphQL argument, a data file, later a Digital Link or an
 * EPCIS event) is parsed here once; an invalid one raises {@link com.acme.app.gs1.InvalidIdentifierException}
 * saying which identifier, what is wrong and, for a check digit, which digit was expected. Everything
 * past the edge holds the canonical form (GTINs as GTIN-14).
 */
@ApplicationModule(displayName = "GS1 identifiers")
@NullMarked
package com.acme.app.gs1;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
