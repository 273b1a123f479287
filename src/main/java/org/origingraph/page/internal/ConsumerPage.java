package org.origingraph.page.internal;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Everything one consumer page shows, already localized: the template only lays it out. Holds only
 * what the PUBLIC view of docs/access.md shows; there is deliberately no field a quantity, SSCC,
 * carrier, shipment reference, certificate number, street or exact coordinate could go into.
 *
 * @param lang BCP 47 tag of the page ({@code <html lang>})
 * @param dir {@code ltr} or {@code rtl}
 * @param text the UI bundle of the page's locale, by key
 * @param name the product's name
 * @param facts short lines under the name: brand, group, net content, lot, dates
 * @param images image URLs of the product, shown with {@code name} as alternative text
 * @param pageFallback said when the reader's language was not available and another is shown
 * @param languages the languages the page exists in, for the switcher and the hreflang alternates
 * @param canonicalUrl this page in the served language
 * @param stories the stories, each in its own negotiated language
 * @param journey farm to shelf, oldest first; empty for a product without a lot
 * @param summary one line about the journey (steps, countries, distance), when there is a journey
 * @param maps the journey's places drawn as SVG: all of them, then those in the lot's country when the
 *     first spans the world; empty without located places
 * @param certificates the certificates on the journey, with their status on the day the lot was made
 */
public record ConsumerPage(
    String lang,
    String dir,
    Map<String, String> text,
    String name,
    List<String> facts,
    List<String> images,
    @Nullable String pageFallback,
    List<Language> languages,
    String canonicalUrl,
    List<Story> stories,
    List<Stage> journey,
    @Nullable String summary,
    List<JourneyMap> maps,
    List<CertificateLine> certificates) {

  /**
   * One language of the switcher.
   *
   * @param tag BCP 47 tag
   * @param name the language's name in itself (日本語, العربية)
   * @param dir the language's direction, for the link text
   * @param href the page in that language, absolute
   * @param current whether this page is in it
   */
  public record Language(String tag, String name, String dir, String href, boolean current) {}

  /**
   * One story, in the language it was served in, which may differ from the page's.
   *
   * @param heading what it is about (the story kind's label, and a facility's name)
   * @param fallback said when the story is not in the page's language
   */
  public record Story(String heading, String title, String body, String lang, String dir, @Nullable String fallback) {}

  /**
   * One stage of the journey.
   *
   * @param kind {@code made} (a lot made or harvested) or {@code shipped}
   * @param date the day, localized
   * @param isoDate the day, ISO 8601, for {@code <time datetime>}
   * @param what what happened, e.g. "Harvested: fresh coconuts"
   * @param place facility name, region and country
   * @param detail more: arrival and time in transit of a shipment
   */
  public record Stage(String kind, String date, String isoDate, String what, String place, @Nullable String detail) {}

  /**
   * A certificate as the consumer reads it.
   *
   * @param issuer who issued it, as a sentence ("Issued by …")
   * @param status VALID, EXPIRED or NOT_YET_VALID on {@code onDay}, for styling
   * @param statusText the status sentence, e.g. "Valid on 1 Mar 2026, the day this lot was made"
   * @param validity the validity period, localized; {@code null} when open on both ends
   * @param subject what it certifies (a facility's or organisation's name, a lot)
   */
  public record CertificateLine(
      String scheme, @Nullable String issuer, String subject, String status, String statusText, @Nullable String validity) {}
}
