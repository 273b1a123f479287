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
 * <p>A template starting with {@code /} is a path on this service: it is resolved against the base URL,
 * so the default consumer page ({@code /{lang}/{path}}, the {@code page} module) works wherever the
 * service runs.
 *
 * @param baseUrl scheme and domain of the Digital Links this service issues and answers; when unset,
 *     each request's own scheme, host and port (behind a proxy, as its {@code X-Forwarded-*} headers
 *     say once {@code server.forward-headers-strategy} trusts them)
 * @param languages the portal's languages, default first, as BCP 47 tags
 * @param consumerPage template of the consumer page, served as gs1:pip and gs1:defaultLink; this
 *     service's own page ({@code /{lang}/{path}}) when unset
 * @param consumerPageTitle title of the consumer page links
 * @param links further link types offered, e.g. gs1:certificationInfo, gs1:traceability
 * @param qr QR stamp bounds and defaults
 */
@ConfigurationProperties("origin.resolver")
record ResolverProperties(
    @Nullable String baseUrl,
    List<String> languages,
    String consumerPage,
    String consumerPageTitle,
    List<LinkTemplate> links,
    Qr qr) {

  ResolverProperties {
    // Fail at start-up, not on the first scan, when the stamps' domain cannot be a link's start.
    baseUrl = baseUrl == null || baseUrl.isBlank() ? null : checkedBaseUrl(baseUrl.strip());
    consumerPage = consumerPage == null || consumerPage.isBlank() ? DEFAULT_CONSUMER_PAGE : consumerPage;
    languages = languages == null || languages.isEmpty() ? List.of("vi", "en") : List.copyOf(languages);
    consumerPageTitle = consumerPageTitle == null ? "Product information ({languageName})" : consumerPageTitle;
    links = links == null ? List.of() : List.copyOf(links);
    qr = qr == null ? new Qr(null, null, null, null) : qr;
  }

  /** The service's own consumer page (module {@code page}), relative to the base URL. */
  static final String DEFAULT_CONSUMER_PAGE = "/{lang}/{path}";

  private static String checkedBaseUrl(String baseUrl) {
    java.net.URI uri;
    try {
      uri = java.net.URI.create(baseUrl);
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    if (uri == null || uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        || uri.getQuery() != null || uri.getFragment() != null) {
      throw new IllegalArgumentException(
          "origin.resolver.base-url must be an http or https URL such as https://id.example.vn, not '" + baseUrl + "'");
    }
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
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
