package org.origingraph.resolver;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.origingraph.api.BadUserInputException;
import org.origingraph.gs1.DigitalLink;
import org.origingraph.i18n.LocaleNegotiator;
import org.origingraph.i18n.LocaleRequest;
import org.origingraph.i18n.Negotiation;
import com.ibm.icu.util.ULocale;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The GS1-Conformant resolver endpoint: a Digital Link path on this service's domain answers with a
 * 307 redirect (consumer page in the negotiated language, or the {@code linkType} asked for) or, for
 * {@code ?linkType=linkset} or {@code Accept: application/linkset+json}, the RFC 9264 linkset.
 *
 * <p>307, not 302 or 301: the target depends on the request (language, link type) and may change,
 * so it must neither be cached as permanent nor have its method rewritten. The request's query string
 * is passed on to the target, as the standard asks. Every answer carries a {@code Link} header to
 * the linkset, so a client can always discover the other links.
 */
// Public reads for any web page or app: GS1 resolvers must support CORS, preflight included.
@CrossOrigin(origins = "*", exposedHeaders = {"Link", "Location", "Content-Language", ResolverController.LANGUAGE_FALLBACK})
@RestController
class ResolverController {

  static final MediaType LINKSET = MediaType.parseMediaType("application/linkset+json");

  private final Resolver resolver;
  private final LinkCatalog catalog;
  /** Set when the reader's language was not on offer: the language they asked for (decision 009). */
  static final String LANGUAGE_FALLBACK = "Language-Fallback";

  private final LocaleNegotiator negotiator;

  ResolverController(Resolver resolver, LinkCatalog catalog, LocaleNegotiator negotiator) {
    this.resolver = resolver;
    this.catalog = catalog;
    this.negotiator = negotiator;
  }

  @GetMapping({"/01/**", "/00/**", "/414/**", "/417/**"})
  ResponseEntity<?> resolve(
      HttpServletRequest request,
      @RequestParam(required = false) @Nullable String linkType,
      @RequestParam(required = false) @Nullable String lang,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
    // The raw URI: decoding is the Digital Link parser's job, segment by segment.
    String query = request.getQueryString();
    DigitalLink link = DigitalLink.parse(request.getRequestURI() + (query == null ? "" : "?" + query));
    Resolution resolution = resolver.resolve(link).orElseThrow(() -> new ItemNotFoundException(link));
    List<ULocale> languages = catalog.languages(link);
    List<ItemLink> links = catalog.links(resolution, languages);
    LocaleRequest reader = reader(lang, acceptLanguage);
    Negotiation negotiation = negotiator.negotiate(reader, tags(languages), languages.getFirst().toLanguageTag());
    String served = negotiation.locale();
    String anchor = resolver.uri(link);
    HttpHeaders headers = headers(anchor, link, links, served);
    headers.set(HttpHeaders.CONTENT_LANGUAGE, served);
    if (negotiation.fallback() && negotiation.requestedLocale() != null) {
      headers.set(LANGUAGE_FALLBACK, negotiation.requestedLocale());
    }

    boolean linksetAsked = linkType != null && !linkType.isBlank()
        ? LinkTypes.isLinkset(linkType)
        : accepts(accept, LINKSET) || accepts(accept, MediaType.APPLICATION_JSON);
    if (linksetAsked) {
      return ResponseEntity.ok().headers(headers).contentType(LINKSET).body(linkset(anchor, links));
    }
    ItemLink target = choose(links, linkType, reader, served, accept);
    return ResponseEntity.status(HttpStatus.TEMPORARY_REDIRECT).headers(headers).location(location(target, query)).build();
  }

  /**
   * The link of the asked type, narrowed to the media types the client accepts explicitly, in the
   * negotiated language. A type the item does not have falls back to the consumer page, as a person
   * following a printed code should land on something useful.
   */
  private ItemLink choose(
      List<ItemLink> links, @Nullable String linkType, LocaleRequest reader, String served, @Nullable String accept) {
    String relation = linkType == null || linkType.isBlank() ? LinkTypes.PIP : LinkTypes.expand(linkType);
    List<ItemLink> candidates = ofType(links, relation);
    if (candidates.isEmpty()) {
      candidates = ofType(links, LinkTypes.PIP);
    }
    if (candidates.isEmpty()) {
      candidates = ofType(links, LinkTypes.DEFAULT_LINK);
    }
    List<ItemLink> acceptable = candidates.stream().filter(l -> acceptsExplicitly(accept, l.type())).toList();
    if (!acceptable.isEmpty()) {
      candidates = acceptable;
    }
    List<String> offered = candidates.stream().map(ItemLink::hreflang).filter(tag -> tag != null).distinct().toList();
    if (offered.isEmpty()) {
      return candidates.getFirst();
    }
    String chosen = offered.contains(served) ? served : negotiator.negotiate(reader, offered, offered.getFirst()).locale();
    return candidates.stream().filter(l -> chosen.equals(l.hreflang())).findFirst().orElse(candidates.getFirst());
  }

  /**
   * What the reader asked for: {@code lang} wins over Accept-Language. A malformed {@code lang} is read
   * as absent, not refused: a consumer scanning a pack must always land somewhere.
   */
  private static LocaleRequest reader(@Nullable String lang, @Nullable String acceptLanguage) {
    try {
      return LocaleRequest.of("lang", lang == null || lang.isBlank() ? null : lang.strip(), acceptLanguage);
    } catch (BadUserInputException malformed) {
      return LocaleRequest.of("lang", null, acceptLanguage);
    }
  }

  private static List<String> tags(List<ULocale> languages) {
    return languages.stream().map(ULocale::toLanguageTag).toList();
  }

  private static URI location(ItemLink target, @Nullable String query) {
    try {
      return URI.create(Queries.passOn(target.href(), query));
    } catch (IllegalArgumentException unusable) {
      // A query the servlet container let through but that is no valid URI part is not passed on.
      return URI.create(target.href());
    }
  }

  private static List<ItemLink> ofType(List<ItemLink> links, String relation) {
    return links.stream().filter(l -> l.relation().equals(relation)).toList();
  }

  /** Whether {@code accept} names {@code type} itself (not through a wildcard) with a quality above 0. */
  private static boolean accepts(@Nullable String accept, MediaType type) {
    return parse(accept).stream().anyMatch(t -> t.getQualityValue() > 0 && t.equalsTypeAndSubtype(type));
  }

  /** Like {@link #accepts} but also through a subtype wildcard such as {@code text/*}; never {@code *}{@code /*}. */
  private static boolean acceptsExplicitly(@Nullable String accept, String type) {
    MediaType wanted = MediaType.parseMediaType(type);
    return parse(accept).stream().anyMatch(t -> t.getQualityValue() > 0 && !t.isWildcardType() && t.includes(wanted));
  }

  private static List<MediaType> parse(@Nullable String accept) {
    if (accept == null || accept.isBlank()) {
      return List.of();
    }
    try {
      return MediaType.parseMediaTypes(accept);
    } catch (InvalidMediaTypeException malformed) {
      return List.of();
    }
  }

  private static HttpHeaders headers(String anchor, DigitalLink link, List<ItemLink> links, String served) {
    var headers = new HttpHeaders();
    String linkset = anchor + (link.attributes().isEmpty() ? "?" : "&") + "linkType=linkset";
    headers.add(HttpHeaders.LINK, LinkHeader.of(linkset, links, served));
    headers.add(HttpHeaders.VARY, "Accept, Accept-Language");
    headers.add(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
    headers.add(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD, OPTIONS");
    headers.add(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, "Link, Location, Content-Language, " + LANGUAGE_FALLBACK);
    return headers;
  }

  /** RFC 9264 section 4.2: one context object, each relation type a member holding its target objects. */
  private static Map<String, Object> linkset(String anchor, List<ItemLink> links) {
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("anchor", anchor);
    for (ItemLink link : links) {
      Map<String, Object> target = new LinkedHashMap<>();
      target.put("href", link.href());
      target.put("title", link.title());
      target.put("type", link.type());
      if (link.hreflang() != null) {
        target.put("hreflang", List.of(link.hreflang()));
      }
      @SuppressWarnings("unchecked")
      var targets = (List<Object>) context.computeIfAbsent(link.relation(), r -> new ArrayList<>());
      targets.add(target);
    }
    return Map.of("linkset", List.of(context));
  }
}
