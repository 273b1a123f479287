/**
 * GraphQL over HTTP for front-end teams: what a browser, a CDN and a shared cache need beyond the
 * POST endpoint Spring for GraphQL serves.
 *
 * <p>{@code GET /graphql} for queries (mutations are refused with 405, {@code Allow: POST}); Apollo's
 * automatic persisted queries and a registered-operations manifest
 * ({@code classpath:graphql-operations/*.graphql}), optionally the only operations callers without
 * credentials may run; HTTP caching of GET answers ({@code Cache-Control: public} with a strong
 * {@code ETag} and 304 for anonymous callers, {@code private} for authenticated ones); CORS on
 * {@code /graphql}; and a bounded in-process cache of anonymous persisted GET answers, dropped when
 * provenance or story data change ({@link org.origingraph.provenance.ProvenanceChanged},
 * {@link org.origingraph.story.StoryChanged}). Nothing here is public API: the module registers a
 * route, a document provider, an interceptor and a CORS filter. See docs/frontend.md.
 */
@ApplicationModule(displayName = "GraphQL over HTTP for front-ends",
    allowedDependencies = {"api", "security", "provenance", "story"})
@NullMarked
package org.origingraph.httpapi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
