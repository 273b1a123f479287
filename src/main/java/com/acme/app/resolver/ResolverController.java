package com.acme.app.resolver;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.acme.app.gs1.DigitalLink;
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
 * so it must neither be cached as permanent nor have its method rewritten. Every answer carries a
 * {@code Link} header to the linkset, so a client can always discover the other links.
 */
// Public reads for any web page or app: GS1 resolvers must support CORS, preflight included.
@CrossOrigin(origins = "*", exposedHeaders = {"Link", "Location"})
@RestController
class ResolverController {

  static final MediaType LINKSET = MediaType.parseMediaType("application/linkset+json");

  private final Resolver resolver;
  private final LinkCatalog catalog;
  private final LanguageNegotiator negotiator;

  ResolverController(Resolver resolver, LinkCatalog catalog, LanguageNegotiator negotiator) {
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
    List<ItemLink> links = catalog.links(resolution);
    String anchor = resolver.uri(link);
    HttpHeaders headers = headers(anchor, link);
    if ((linkType != null && LinkTypes.isLinkset(linkType)) || wantsLinkset(accept)) {
      return ResponseEntity.ok().headers(headers).contentType(LINKSET).body(linkset(anchor, links));
    }
    ItemLink target = choose(links, linkType, lang, acceptLanguage);
    return ResponseEntity.status(HttpStatus.TEMPORARY_REDIRECT).headers(headers).location(URI.create(target.href())).build();
  }

  /**
   * The link of the asked type in the negotiated language. A type the item does not have falls back
   * to the consumer page, as a person following a printed code should land on something useful.
   */
  private ItemLink choose(List<ItemLink> links, @Nullable String linkType, @Nullable String lang, @Nullable String acceptLanguage) {
    String relation = linkType == null || linkType.isBlank() ? LinkTypes.PIP : LinkTypes.expand(linkType);
    List<ItemLink> candidates = ofType(links, relation);
    if (candidates.isEmpty()) {
      candidates = ofType(links, LinkTypes.PIP);
    }
    if (candidates.isEmpty()) {
      candidates = ofType(links, LinkTypes.DEFAULT_LINK);
    }
    List<ULocale> offered = candidates.stream()
        .map(ItemLink::hreflang).filter(tag -> tag != null).distinct().map(ULocale::forLanguageTag).toList();
    if (offered.isEmpty()) {
      return candidates.getFirst();
    }
    String chosen = negotiator.choose(offered, lang, acceptLanguage).toLanguageTag();
    return candidates.stream().filter(l -> chosen.equals(l.hreflang())).findFirst().orElse(candidates.getFirst());
  }

  private static List<ItemLink> ofType(List<ItemLink> links, String relation) {
    return links.stream().filter(l -> l.relation().equals(relation)).toList();
  }

  private static boolean wantsLinkset(@Nullable String accept) {
    if (accept == null) {
      return false;
    }
    try {
      return MediaType.parseMediaTypes(accept).stream()
          .anyMatch(type -> type.getQualityValue() > 0
              && (type.equalsTypeAndSubtype(LINKSET) || type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)));
    } catch (InvalidMediaTypeException malformed) {
      return false;
    }
  }

  private static HttpHeaders headers(String anchor, DigitalLink link) {
    var headers = new HttpHeaders();
    String linkset = anchor + (link.attributes().isEmpty() ? "?" : "&") + "linkType=linkset";
    headers.add(HttpHeaders.LINK, "<" + linkset + ">; rel=\"linkset\"; type=\"application/linkset+json\"");
    headers.add(HttpHeaders.VARY, "Accept, Accept-Language");
    headers.add(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
    headers.add(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, "Link, Location");
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
