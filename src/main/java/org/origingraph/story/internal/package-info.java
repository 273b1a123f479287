/** Story internals: repository, caches, controllers and the resolver's content languages. */
@NullMarked
package org.origingraph.story.internal;

import org.jspecify.annotations.NullMarked;
