/** The audit trail's storage, its GraphQL field and the recording of GraphQL mutations. */
@NullMarked
package org.origingraph.audit.internal;

import org.jspecify.annotations.NullMarked;
