/**
 * Resolver: this service as the GS1-Conformant Resolver behind the QR stamps on packs.
 *
 * <p>A scanned GS1 Digital Link ({@code /01/{gtin}/10/{lot}/21/{serial}}, {@code /414/{gln}},
 * {@code /417/{gln}}, {@code /00/{sscc}}) is answered with a 307 redirect to the consumer page in the
 * reader's language, with another link type on request ({@code ?linkType=}), or with the RFC 9264
 * linkset of every link; {@code /.well-known/gs1resolver} describes the resolver. It also renders the
 * QR stamps and gives GraphQL {@code resolve} and the {@code digitalLink} fields.
 *
 * <p>It is its own module, not part of {@code gs1}, because it reads the provenance graph and
 * provenance already depends on gs1. The languages an item's content exists in are asked of a
 * {@link org.origingraph.resolver.ContentLanguages} bean, which another module may provide; everything
 * here only reads.
 */
@ApplicationModule(displayName = "GS1 Digital Link resolver", allowedDependencies = {"api", "gs1", "i18n", "provenance", "security"})
@NullMarked
package org.origingraph.resolver;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
