/** The enforcement of field visibility: the instrumentation, the caller's party scope and the rules. */
@NullMarked
package org.origingraph.visibility.internal;

import org.jspecify.annotations.NullMarked;
