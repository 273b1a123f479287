package org.origingraph.page.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.ibm.icu.util.ULocale;
import org.jspecify.annotations.Nullable;
import org.origingraph.i18n.Formats;
import org.origingraph.i18n.LocaleRequest;
import org.origingraph.i18n.Messages;
import org.origingraph.i18n.TextDirection;
import org.origingraph.provenance.Batch;
import org.origingraph.provenance.Facility;
import org.origingraph.provenance.GraphNode;
import org.origingraph.provenance.Product;
import org.origingraph.provenance.Provenance;
import org.origingraph.provenance.ProvenanceTracer;
import org.origingraph.provenance.TraceDirection;
import org.origingraph.story.LocalizedStory;
import org.origingraph.story.Stories;
import org.origingraph.story.StoryRequest;
import org.origingraph.story.Subject;
import org.springframework.stereotype.Component;

/**
 * Builds a {@link ConsumerPage} from the public APIs of provenance, stories and i18n: one provenance
 * walk upstream from the lot (one statement), and the stories of the product, the lot and the journey's
 * facilities (at most two statements, none when cached). Thread-safe.
 */
@Component
public class PageAssembler {

  private final ProvenanceTracer tracer;
  private final Stories stories;
  private final Messages messages;
  private final Formats formats;

  PageAssembler(ProvenanceTracer tracer, Stories stories, Messages messages, Formats formats) {
    this.tracer = tracer;
    this.stories = stories;
    this.messages = messages;
    this.formats = formats;
  }

  /**
   * What the page needs to know.
   *
   * @param product the product the stamp names
   * @param batch the lot, when the stamp names one
   * @param serial the serial number, when the stamp names one
   * @param served the page's language, one of {@code languages}
   * @param requested the language the reader asked for when it was not available; else {@code null}
   * @param languages the languages the page exists in, default first
   * @param pageUrl the absolute URL of this page in a language
   */
  public record Request(
      Product product, @Nullable Batch batch, @Nullable String serial, String served, @Nullable String requested,
      List<String> languages, Function<String, String> pageUrl) {}

  /** The page for {@code request}. */
  public ConsumerPage assemble(Request request) {
    String ui = messages.negotiate(new LocaleRequest(request.served(), null)).locale();
    Texts texts = new Texts(messages, formats, ui);
    Product product = request.product();
    Batch batch = request.batch();
    @Nullable Provenance provenance = batch == null ? null
        : tracer.trace(batch.key(), TraceDirection.UPSTREAM, ProvenanceTracer.MAX_DEPTH).orElse(null);
    Journey journey = provenance == null ? null : new Journey(provenance, texts);

    List<String> facts = new ArrayList<>();
    if (product.brand() != null) {
      facts.add(product.brand());
    }
    facts.add(texts.text("group." + product.group().name()));
    if (product.netContent() != null) {
      facts.add(texts.format("page.netContent", Map.of("amount",
          formats.quantity(product.netContent().value(), product.netContent().unit(), ui).text())));
    }
    facts.add(texts.format("page.originCountry", Map.of("country", texts.country(product.originCountry()))));
    if (batch != null) {
      facts.add(texts.format("page.lot", Map.of("lot", batch.lot())));
      if (request.serial() != null) {
        facts.add(texts.format("page.serial", Map.of("serial", request.serial())));
      }
      if (batch.producedAt() != null && journey != null) {
        Facility plant = journey.facility(batch.facilityGln());
        facts.add(texts.format("ui.producedAt", Map.of(
            "facility", plant == null ? "—" : plant.name(), "date", formats.date(batch.producedAt().toLocalDate(), ui))));
      }
      if (batch.expiresAt() != null) {
        facts.add(texts.format("ui.bestBefore", Map.of("date", formats.date(batch.expiresAt(), ui))));
      }
    }

    String pageFallback = request.requested() == null ? null
        : texts.format("page.languageFallback", Map.of(
            "language", texts.language(request.requested()), "shown", texts.language(request.served())));
    List<ConsumerPage.Language> languages = request.languages().stream()
        .map(tag -> new ConsumerPage.Language(tag, ULocale.forLanguageTag(tag).getDisplayName(ULocale.forLanguageTag(tag)),
            direction(tag), request.pageUrl().apply(tag), tag.equals(request.served())))
        .toList();

    LocalDate madeOn = batch == null || batch.producedAt() == null ? null : batch.producedAt().toLocalDate();
    return new ConsumerPage(
        request.served(), direction(request.served()), messages.bundle(ui), product.name(), facts, product.images(),
        pageFallback, languages, request.pageUrl().apply(request.served()),
        stories(product, batch, journey, request.served(), texts),
        journey == null ? List.of() : journey.stages(),
        journey == null ? null : journey.summary(),
        journey == null ? List.of() : journey.maps(homeCountry(batch, journey)),
        journey == null || madeOn == null ? List.of() : journey.certificates(madeOn));
  }

  private List<ConsumerPage.Story> stories(
      Product product, @Nullable Batch batch, @Nullable Journey journey, String served, Texts texts) {
    LocaleRequest reader = new LocaleRequest(served, null);
    Map<StoryRequest, String> headings = new LinkedHashMap<>();
    headings.put(new StoryRequest(Subject.of(product), reader), "");
    if (batch != null) {
      headings.put(new StoryRequest(Subject.of(batch), reader), "");
    }
    if (journey != null) {
      for (Facility facility : journey.facilities()) {
        headings.put(new StoryRequest(Subject.of(facility), reader), facility.name());
      }
    }
    Map<StoryRequest, List<LocalizedStory>> rendered = stories.render(headings.keySet());
    List<ConsumerPage.Story> result = new ArrayList<>();
    headings.forEach((request, about) -> {
      for (LocalizedStory story : rendered.getOrDefault(request, List.of())) {
        String kind = texts.text("storyKind." + story.kind().name());
        String fallback = story.fallback()
            ? texts.format("ui.storyFallback", Map.of("language", texts.language(served), "shown", texts.language(story.locale())))
            : null;
        result.add(new ConsumerPage.Story(about.isEmpty() ? kind : kind + " · " + about, story.title(), story.body(),
            story.locale(), story.direction() == TextDirection.RTL ? "rtl" : "ltr", fallback));
      }
    });
    return result;
  }

  /** The country the lot was made in, whose places a second map shows. */
  private static @Nullable String homeCountry(@Nullable Batch batch, Journey journey) {
    Facility plant = batch == null ? null : journey.facility(batch.facilityGln());
    return plant == null ? null : plant.country();
  }

  static String direction(String tag) {
    return TextDirection.of(tag) == TextDirection.RTL ? "rtl" : "ltr";
  }

  /** For {@link Journey}: the nodes of a walk by global id. */
  static Map<String, GraphNode> byId(Provenance provenance) {
    Map<String, GraphNode> nodes = new LinkedHashMap<>();
    provenance.nodes().forEach(n -> nodes.put(n.id(), n));
    return nodes;
  }
}
