/**
 * Internationalization: which language a reader gets, and how values read in it.
 *
 * <p>Owns locale negotiation (ICU {@code LocaleMatcher} over what is actually available, from an
 * explicit {@code locale} argument, else the request's Accept-Language header, else a default), the
 * ICU MessageFormat bundles under {@code i18n/} (labels, units, enum names, UI sentences), formatting
 * of numbers, dates, quantities, temperatures and distances by CLDR conventions, text direction,
 * search keys that fold diacritics and scripts to ASCII, and collation.
 *
 * <p>It knows nothing of products or stories: other modules hand it tags, values and texts. The
 * Accept-Language header reaches data fetchers through the GraphQL context under
 * {@link org.origingraph.i18n.LocaleRequest#ACCEPT_LANGUAGE}.
 */
@ApplicationModule(displayName = "Internationalization", allowedDependencies = "api")
@NullMarked
package org.origingraph.i18n;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
