package org.origingraph.resolver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.origingraph.gs1.DigitalLink;
import com.ibm.icu.util.ULocale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The links on offer for an identified item: the consumer page per content language (gs1:pip), the
 * default link (the consumer page in the default language) and the configured link types, expanded
 * from their templates. Thread-safe.
 */
@Component
class LinkCatalog {

  private static final String HTML = "text/html";

  private final ResolverProperties properties;
  private final ContentLanguages contentLanguages;
  private final Resolver resolver;

  LinkCatalog(ResolverProperties properties, ContentLanguages contentLanguages, Resolver resolver) {
    this.properties = properties;
    this.contentLanguages = contentLanguages;
    this.resolver = resolver;
  }

  /** The languages the item's content exists in, default first. */
  List<ULocale> languages(DigitalLink item) {
    var languages = contentLanguages.languagesFor(item.withoutAttributes()).stream().map(ULocale::forLocale).distinct().toList();
    if (languages.isEmpty()) {
      throw new IllegalStateException("ContentLanguages gave no language for " + item);
    }
    return languages;
  }

  /**
   * Every link of {@code resolution}: default link, consumer pages, then the configured types.
   *
   * @param languages the item's {@link #languages}, passed in so that one request asks once
   */
  List<ItemLink> links(Resolution resolution, List<ULocale> languages) {
    DigitalLink link = resolution.link();
    Map<String, String> values = values(link);
    String base = resolver.baseUrl();
    List<ItemLink> links = new ArrayList<>();
    String pageTitle = properties.consumerPageTitle();
    String page = absolute(properties.consumerPage(), base);
    expand(LinkTypes.DEFAULT_LINK, page, pageTitle, HTML, values, languages.getFirst()).ifPresent(links::add);
    links.addAll(perLanguage(LinkTypes.PIP, page, pageTitle, HTML, values, languages));
    for (ResolverProperties.LinkTemplate template : properties.links()) {
      String type = template.mediaType() == null ? HTML : template.mediaType();
      links.addAll(perLanguage(LinkTypes.expand(template.type()), absolute(template.href(), base), template.title(), type, values, languages));
    }
    return links;
  }

  /** A template that is a path on this service ({@code /...}) on {@code base}; others as written. */
  private static String absolute(String template, String base) {
    return template.startsWith("/") && !template.startsWith("//") ? base + template : template;
  }

  private List<ItemLink> perLanguage(
      String relation, String href, String title, String type, Map<String, String> values, List<ULocale> languages) {
    if (!UriTemplate.uses(href, "lang")) {
      return expand(relation, href, title, type, values, null).stream().toList();
    }
    List<ItemLink> links = new ArrayList<>();
    for (ULocale language : languages) {
      expand(relation, href, title, type, values, language).ifPresent(links::add);
    }
    return links;
  }

  private static Optional<ItemLink> expand(
      String relation, String href, String title, String type, Map<String, String> values, @Nullable ULocale language) {
    Map<String, String> all = new HashMap<>(values);
    if (language != null) {
      all.put("lang", language.toLanguageTag());
      all.put("languageName", language.getDisplayName(language));
    }
    Optional<String> target = UriTemplate.expand(href, all, true);
    String text = UriTemplate.expand(title, all, false).orElse(title);
    return target.map(t -> new ItemLink(relation, t, text, language == null ? null : language.toLanguageTag(), type));
  }

  private Map<String, String> values(DigitalLink link) {
    DigitalLink identity = link.withoutAttributes();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("path", identity.path().substring(1));
    values.put("digitalLink", resolver.uri(identity));
    switch (link.keyType()) {
      case GTIN -> values.put("gtin", link.key());
      case GLN, PARTY_GLN -> values.put("gln", link.key());
      case SSCC -> values.put("sscc", link.key());
      default -> { }
    }
    if (link.lot() != null) {
      values.put("lot", link.lot().value());
    }
    if (link.serial() != null) {
      values.put("serial", link.serial().value());
    }
    return values;
  }
}
