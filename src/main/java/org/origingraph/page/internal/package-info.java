/** The consumer page's view model and how it is assembled from the provenance graph and the stories. */
@NullMarked
package org.origingraph.page.internal;

import org.jspecify.annotations.NullMarked;
