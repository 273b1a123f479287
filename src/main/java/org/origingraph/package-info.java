/** origin-graph: the application entry point; each sub-package is one module (see ModularityTests). */
@NullMarked
package org.origingraph;

import org.jspecify.annotations.NullMarked;
