/** HTTP concerns shared by every endpoint: answering requests that ran out of time. */
@NullMarked
package org.origingraph.infrastructure.web;

import org.jspecify.annotations.NullMarked;
