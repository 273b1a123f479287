package org.origingraph.page;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.ibm.icu.util.ULocale;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.origingraph.api.ErrorCode;
import org.origingraph.gs1.ApplicationIdentifier;
import org.origingraph.gs1.DigitalLink;
import org.origingraph.gs1.InvalidIdentifierException;
import org.origingraph.i18n.LocaleNegotiator;
import org.origingraph.i18n.LocaleRequest;
import org.origingraph.i18n.LocaleTags;
import org.origingraph.i18n.Messages;
import org.origingraph.i18n.Negotiation;
import org.origingraph.page.internal.PageAssembler;
import org.origingraph.provenance.Batch;
import org.origingraph.provenance.BatchKey;
import org.origingraph.provenance.BatchIntegrity;
import org.origingraph.provenance.Catalog;
import org.origingraph.integrity.Integrity;
import org.origingraph.provenance.Product;
import org.origingraph.resolver.ContentLanguages;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * {@code /{lang}/01/{gtin}[/10/{lot}[/21/{serial}]]}: the consumer page, where the resolver sends a
 * phone that scanned a stamp.
 *
 * <p>The page exists in the languages the item's stories exist in (the resolver's
 * {@link ContentLanguages}, so its hreflang links and the page's switcher agree). A {@code lang} that
 * is one of them is served as is; another spelling of one ({@code JA}, {@code zh-TW}) is redirected to
 * it; a language the page does not exist in is shown in the best one by decision 009 and says so,
 * unless the reader's Accept-Language names one it exists in, which it is then redirected to. An
 * unknown product or lot is a 404 page, a malformed code a 400 page, both in the reader's language
 * ({@code application/problem+json} for a client that asks for JSON and not HTML).
 *
 * <p>The templates are rendered here rather than by a view, so that the response's
 * {@code Content-Language} is the page's language and not the servlet locale's.
 *
 * <p>A lot's page says whether the records behind it still match the integrity log (issue 14), with a
 * link to the signed checkpoint and the proofs, so a reader can check what the page claims.
 */
@Controller
class PageController {

  /** Model attribute holding the integrity log's verdict on the lot; absent on a product's page. */
  static final String INTEGRITY = "integrity";

  /** The verdict as the page shows it. */
  record IntegrityNote(boolean verified, String title, String text, String proofs, String proofsHref) {}

  // A language tag's shape; not "qr", whose /qr/01/... are the QR stamps.
  private static final String LANG = "{lang:(?!qr$)[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,4}}";
  /** The page's only resources are inline: styles, the SVG map; images may come from the product's URLs. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src https: http: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final Catalog catalog;
  private final ContentLanguages contentLanguages;
  private final LocaleNegotiator negotiator;
  private final Messages messages;
  private final PageAssembler assembler;
  private final ITemplateEngine templates;
  private final BatchIntegrity integrity;

  PageController(Catalog catalog, ContentLanguages contentLanguages, LocaleNegotiator negotiator, Messages messages,
      PageAssembler assembler, ITemplateEngine templates, BatchIntegrity integrity) {
    this.templates = templates;
    this.integrity = integrity;
    this.catalog = catalog;
    this.contentLanguages = contentLanguages;
    this.negotiator = negotiator;
    this.messages = messages;
    this.assembler = assembler;
  }

  @GetMapping({"/" + LANG + "/01/{gtin}", "/" + LANG + "/01/{gtin}/10/{lot}", "/" + LANG + "/01/{gtin}/10/{lot}/21/{serial}"})
  @ResponseBody
  ResponseEntity<String> page(
      @PathVariable String lang,
      HttpServletRequest request,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
    Optional<ULocale> asked = LocaleTags.parse(lang);
    // The raw path: decoding is the Digital Link parser's job, segment by segment (lots may hold %2F).
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String linkPath = path.substring(path.indexOf('/', 1));
    DigitalLink link;
    try {
      link = DigitalLink.parse(linkPath).withoutAttributes();
    } catch (InvalidIdentifierException e) {
      return problem(HttpStatus.BAD_REQUEST, ErrorCode.BAD_USER_INPUT, e.getMessage(), asked, acceptLanguage, accept);
    }
    Optional<Product> product = link.keyType() == ApplicationIdentifier.GTIN ? catalog.product(link.key()) : Optional.empty();
    Batch batch = product.isEmpty() || link.lot() == null ? null
        : catalog.batch(new BatchKey(link.key(), link.lot().value())).orElse(null);
    if (product.isEmpty() || (link.lot() != null && batch == null)) {
      return problem(HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND, "nothing is known by " + link.path(), asked, acceptLanguage, accept);
    }

    List<String> languages = contentLanguages.languagesFor(link).stream().map(Locale::toLanguageTag).distinct().toList();
    LocaleRequest reader = asked.map(l -> new LocaleRequest(LocaleTags.tag(l), null)).orElse(LocaleRequest.of("lang", null, acceptLanguage));
    Negotiation negotiation = negotiator.negotiate(reader, languages, languages.getFirst());
    if (negotiation.fallback() && acceptLanguage != null) {
      Negotiation byHeader = negotiator.negotiate(LocaleRequest.of("lang", null, acceptLanguage), languages, languages.getFirst());
      if (!byHeader.fallback() && byHeader.requestedLocale() != null) {
        negotiation = byHeader;
      }
    }
    String served = negotiation.locale();
    String base = ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
    if (!negotiation.fallback() && (!served.equals(lang) || !link.path().equals(linkPath))) {
      // Another spelling of a language the page exists in, or a non-canonical code (GTIN-13, trailing slash).
      String query = request.getQueryString();
      return ResponseEntity.status(HttpStatus.TEMPORARY_REDIRECT)
          .location(java.net.URI.create(base + "/" + served + link.path() + (query == null ? "" : "?" + query)))
          .varyBy(HttpHeaders.ACCEPT_LANGUAGE)
          .build();
    }
    String requested = negotiation.fallback() ? negotiation.requestedLocale() : null;
    var page = assembler.assemble(new PageAssembler.Request(product.get(), batch,
        link.serial() == null ? null : link.serial().value(), served, requested, languages,
        tag -> base + "/" + tag + link.path()));
    var ok = ResponseEntity.ok()
        .headers(headers(served))
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic());
    if (requested != null) {
      // A fallback page is what a reader whose Accept-Language names no language of the page gets; others are redirected.
      ok.varyBy(HttpHeaders.ACCEPT_LANGUAGE);
    }
    Map<String, Object> model = new java.util.HashMap<>(Map.of("page", page));
    if (batch != null) {
      model.put(INTEGRITY, integrityNote(batch, served, base));
    }
    return ok.body(render("page/product", served, model));
  }

  private IntegrityNote integrityNote(Batch batch, String served, String base) {
    String ui = messages.negotiate(new LocaleRequest(served, null)).locale();
    Integrity verdict = integrity.of(batch.key());
    String text = verdict.verified()
        ? messages.format("page.integrityVerified", ui, Map.of("count", verdict.checkedRecords(), "size", verdict.treeSize()))
        : messages.format("page.integrityFailed", ui, Map.of("count",
            verdict.discrepancies().isEmpty() ? verdict.checkedRecords() : verdict.discrepancies().size()));
    return new IntegrityNote(verdict.verified(), messages.text("page.integrity", ui), text,
        messages.text("page.integrityProofs", ui), base + "/log/v1/checkpoint");
  }

  /**
   * A 400 or 404 in the reader's language: the page's language when it has a bundle, else their
   * Accept-Language, by decision 009. A client asking for JSON and not HTML gets problem+json.
   */
  private ResponseEntity<String> problem(HttpStatus status, ErrorCode code, String detail, Optional<ULocale> asked,
      @Nullable String acceptLanguage, @Nullable String accept) {
    if (accept != null && accept.contains("json") && !accept.contains("text/html")) {
      throw new PageProblem(status, code, detail);
    }
    Negotiation byPath = messages.negotiate(new LocaleRequest(asked.map(LocaleTags::tag).orElse(null), acceptLanguage));
    String ui = byPath.fallback() && acceptLanguage != null
        ? messages.negotiate(LocaleRequest.of("lang", null, acceptLanguage)).locale()
        : byPath.locale();
    boolean notFound = status == HttpStatus.NOT_FOUND;
    String body = render("page/problem", ui, Map.of(
        "lang", ui,
        "dir", ULocale.forLanguageTag(ui).isRightToLeft() ? "rtl" : "ltr",
        "text", messages.bundle(ui),
        "title", messages.text(notFound ? "page.notFoundTitle" : "page.badCodeTitle", ui),
        "message", messages.text(notFound ? "error.NOT_FOUND" : "page.badCode", ui),
        "code", code.name(),
        "detail", detail));
    return ResponseEntity.status(status).headers(headers(ui)).cacheControl(CacheControl.noStore()).body(body);
  }

  private String render(String template, String lang, Map<String, Object> variables) {
    return templates.process(template, new Context(Locale.forLanguageTag(lang), variables));
  }

  private static HttpHeaders headers(String lang) {
    var headers = new HttpHeaders();
    headers.setContentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8));
    headers.set(HttpHeaders.CONTENT_LANGUAGE, lang);
    headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    return headers;
  }
}
