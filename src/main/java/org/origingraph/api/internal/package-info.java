/** API internals: GraphQL error codes, scalars and query limits shared by every module's schema. */
@NullMarked
package org.origingraph.api.internal;

import org.jspecify.annotations.NullMarked;
