package org.origingraph.resolver;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the resolver ({@code origin.resolver.*}).
 *
 * <p>Link targets are URI templates. Variables: {@code {lang}} (a BCP 47 tag; a template with it
 * gives one link per content language), {@code {path}} (the canonical Digital Link path without the
 * leading slash), {@code {gtin}}, {@code {lot}}, {@code {serial}}, {@code {gln}}, {@code {sscc}} and
 * {@code {digitalLink}} (the whole canonical link, percent-encoded for a query parameter). Values are
 * percent-encoded on substitution. A link whose template names a variable the item lacks (a
 * {@code {lot}} for a product) is not offered for that item. Titles may use {@code {languageName}}.
 *
 * @param baseUrl scheme and domain of the Digital Links this service issues and answers
 * @param languages the portal's languages, default first, as BCP 47 tags
 * @param consumerPage template of the consumer page, served as gs1:pip and gs1:defaultLink
 * @param consumerPageTitle title of the consumer page links
 * @param links further link types offered, e.g. gs1:certificationInfo, gs1:traceability
 * @param qr QR stamp bounds and defaults
 */
@ConfigurationProperties("origin.resolver")
record ResolverProperties(
    String baseUrl,
    List<String> languages,
    String consumerPage,
    String consumerPageTitle,
    List<LinkTemplate> links,
    Qr qr) {

  ResolverProperties {
    // Fail at start-up, not on the first scan, when the stamps' domain or the consumer page is missing.
    if (baseUrl == null || baseUrl.isBlank() || consumerPage == null || consumerPage.isBlank()) {
      throw new IllegalArgumentException("origin.resolver.base-url and origin.resolver.consumer-page must be set");
    }
    languages = languages == null || languages.isEmpty() ? List.of("vi", "en") : List.copyOf(languages);
    consumerPageTitle = consumerPageTitle == null ? "Product information ({languageName})" : consumerPageTitle;
    links = links == null ? List.of() : List.copyOf(links);
    qr = qr == null ? new Qr(null, null, null, null) : qr;
  }

  /**
   * @param type link type as CURIE ({@code gs1:certificationInfo}) or full URI
   * @param href URI template of the target
   * @param title human-readable title, may use {@code {languageName}}
   * @param mediaType media type of the target; {@code text/html} when not given
   */
  record LinkTemplate(String type, String href, String title, @Nullable String mediaType) {}

  /**
   * @param defaultSize image width and height in pixels when {@code size} is not given
   * @param minSize smallest {@code size} accepted
   * @param maxSize largest {@code size} accepted; bounds the work one request can cause
   * @param defaultEcc error-correction level L, M, Q or H when {@code ecc} is not given
   */
  record Qr(Integer defaultSize, Integer minSize, Integer maxSize, String defaultEcc) {
    Qr {
      defaultSize = defaultSize == null ? 512 : defaultSize;
      minSize = minSize == null ? 64 : minSize;
      maxSize = maxSize == null ? 2048 : maxSize;
      defaultEcc = defaultEcc == null ? "M" : defaultEcc;
    }
  }
}
