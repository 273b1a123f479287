/** Internationalization internals: the Accept-Language interceptor and the labels GraphQL controller. */
@NullMarked
package org.origingraph.i18n.internal;

import org.jspecify.annotations.NullMarked;
