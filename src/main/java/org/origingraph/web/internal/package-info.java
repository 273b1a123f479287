/** Filters, the error controller and the MVC exception handler of the HTTP edge. */
@NullMarked
package org.origingraph.web.internal;

import org.jspecify.annotations.NullMarked;
