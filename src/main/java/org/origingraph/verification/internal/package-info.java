/** Verification's rules, stores, controllers and configuration; not for other modules. */
@NullMarked
package org.origingraph.verification.internal;

import org.jspecify.annotations.NullMarked;
