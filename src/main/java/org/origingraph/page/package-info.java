/**
 * The consumer page behind every stamp: {@code /{lang}/01/{gtin}[/10/{lot}[/21/{serial}]]}, the
 * resolver's default link ({@code gs1:pip}, {@code gs1:defaultLink}), served by this service as
 * server-rendered HTML (Thymeleaf) so that the story shows on a slow phone before any script could run.
 *
 * <p>It reads the other modules through their public APIs only (provenance's {@code Catalog} and
 * {@code ProvenanceTracer}, stories, the i18n bundles and formats, the resolver's content languages) and
 * writes no Cypher. It shows exactly what an anonymous caller may see (docs/access.md): its view model
 * has no field for a quantity, SSCC, carrier, shipment reference, certificate number or street, and
 * coordinates enter it rounded to 0.1°, like GraphQL's PUBLIC view. Self-contained: inline CSS, an
 * inline SVG map, no script, no external font, stylesheet or tile.
 */
@ApplicationModule(displayName = "Consumer page", allowedDependencies = {"api", "gs1", "i18n", "integrity", "provenance", "story", "resolver"})
@NullMarked
package org.origingraph.page;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
