package org.origingraph.story;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.origingraph.api.BadUserInputException;
import org.origingraph.i18n.LocaleNegotiator;
import org.origingraph.i18n.LocaleRequest;
import org.origingraph.i18n.LocaleTags;
import org.origingraph.i18n.Negotiation;
import org.origingraph.integrity.IntegrityLog;
import org.origingraph.story.internal.StoryCaches;
import org.origingraph.story.internal.StoryHeader;
import org.origingraph.story.internal.StoryRecords;
import org.origingraph.story.internal.StoryRepository;
import org.origingraph.story.internal.StoryText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reading stories in the reader's language, and changing translations.
 *
 * <p>{@link #render} answers any number of requests with at most two database statements (story
 * index, then the served texts), none when both are cached. Negotiation runs per story, over the
 * locales that story actually has, with its source language as the default. Thread-safe.
 */
@Service
public class Stories {

  static final int MAX_TITLE = 200;
  static final int MAX_BODY = 4000;

  private final StoryCaches caches;
  private final StoryRepository repository;
  private final LocaleNegotiator negotiator;
  private final ApplicationEventPublisher events;

  private final StoryRecords records;
  private final IntegrityLog integrity;
  private final TransactionTemplate transactions;

  Stories(StoryCaches caches, StoryRepository repository, LocaleNegotiator negotiator, StoryRecords records,
      IntegrityLog integrity, TransactionTemplate transactions, ApplicationEventPublisher events) {
    this.caches = caches;
    this.repository = repository;
    this.negotiator = negotiator;
    this.records = records;
    this.integrity = integrity;
    this.transactions = transactions;
    this.events = events;
  }

  /** The stories of each request's subject, in its reader's language, ordered by kind. */
  public Map<StoryRequest, List<LocalizedStory>> render(Collection<StoryRequest> requests) {
    Set<Subject> subjects = new HashSet<>();
    requests.forEach(r -> subjects.add(r.subject()));
    Map<Subject, List<StoryHeader>> headers = caches.headers(subjects);
    Map<StoryRequest, List<Served>> served = new LinkedHashMap<>();
    Set<StoryText.Key> keys = new HashSet<>();
    for (StoryRequest request : requests) {
      List<Served> list = new ArrayList<>();
      for (StoryHeader header : headers.getOrDefault(request.subject(), List.of())) {
        if (header.locales().isEmpty()) {
          continue;
        }
        String fallbackTag = header.locales().contains(header.sourceLocale())
            ? header.sourceLocale()
            : header.locales().getFirst();
        Negotiation negotiation = negotiator.negotiate(request.locale(), header.locales(), fallbackTag);
        StoryText.Key key = new StoryText.Key(header.uid(), negotiation.locale());
        keys.add(key);
        list.add(new Served(header, negotiation, key));
      }
      served.put(request, list);
    }
    Map<StoryText.Key, StoryText> texts = keys.isEmpty() ? Map.of() : caches.texts(keys);
    Map<StoryRequest, List<LocalizedStory>> result = new LinkedHashMap<>();
    served.forEach((request, list) -> result.put(request, list.stream()
        .filter(s -> texts.containsKey(s.key()))
        .map(s -> localized(s, texts.get(s.key())))
        .toList()));
    return result;
  }

  /**
   * The locales in which any story about {@code subjects} can be read, each once, in no particular
   * order; empty when there is no story. From the cache after the first call.
   */
  public Set<String> availableLocales(Collection<Subject> subjects) {
    Set<String> locales = new java.util.LinkedHashSet<>();
    caches.headers(new HashSet<>(subjects)).values().forEach(headers -> headers.forEach(h -> locales.addAll(h.locales())));
    return locales;
  }

  /**
   * Adds or changes a translation; readers see it at once. Creates the story when the subject has
   * none of that kind yet, with this translation's locale as its source language.
   *
   * @return the story as a reader of the translation's locale now gets it
   * @throws BadUserInputException naming the input field at fault; nothing is written then
   */
  @PreAuthorize("hasAnyRole('PRODUCER', 'ADMIN')")
  public LocalizedStory upsertTranslation(TranslationInput input) {
    Subject subject = Subject.fromGlobalId("input.subjectId", input.subjectId());
    String locale = LocaleTags.tag(LocaleTags.explicit("input.locale", input.locale()));
    String title = text("input.title", input.title(), MAX_TITLE);
    String body = text("input.body", input.body(), MAX_BODY);
    TranslatorKind by = input.translatedBy() == null ? TranslatorKind.HUMAN : input.translatedBy();
    boolean reviewed = Boolean.TRUE.equals(input.reviewed());
    // the translation and its leaf in the integrity log commit together
    String uid = transactions.execute(status -> {
      var written = repository.upsert(subject, input.kind(), locale, title, body, by, reviewed, OffsetDateTime.now(ZoneOffset.UTC));
      written.ifPresent(story -> integrity.append(records.texts(List.of(story + "@" + locale))));
      return written;
    }).orElseThrow(() -> new BadUserInputException("input.subjectId",
        "input.subjectId: no " + subject.type().toLowerCase(java.util.Locale.ROOT) + " has that id"));
    caches.evict(subject, new StoryText.Key(uid, locale));
    events.publishEvent(new StoryChanged(subject, input.kind(), locale));
    StoryRequest request = new StoryRequest(subject, new LocaleRequest(locale, null));
    return render(List.of(request)).get(request).stream()
        .filter(s -> s.kind() == input.kind()).findFirst()
        .orElseThrow(() -> new IllegalStateException("the translation just written is not readable"));
  }

  /**
   * What each subject's stories lack: for every kind in {@code expectedKinds} and every kind the
   * subject already has, the target locales a reader of which would get a fallback.
   */
  public Map<Subject, List<KindCoverage>> coverage(
      Collection<Subject> subjects, List<String> targetLocales, Set<StoryKind> expectedKinds) {
    Map<Subject, List<StoryHeader>> headers = caches.headers(new HashSet<>(subjects));
    Map<Subject, List<KindCoverage>> result = new LinkedHashMap<>();
    for (Subject subject : subjects) {
      List<KindCoverage> kinds = new ArrayList<>();
      for (StoryKind kind : StoryKind.values()) {
        StoryHeader header = headers.getOrDefault(subject, List.of()).stream()
            .filter(h -> h.kind() == kind).findFirst().orElse(null);
        if (header == null || header.locales().isEmpty()) {
          if (expectedKinds.contains(kind)) {
            kinds.add(new KindCoverage(kind, List.of(), targetLocales));
          }
          continue;
        }
        List<String> missing = targetLocales.stream()
            .filter(t -> negotiator.negotiate(new LocaleRequest(t, null), header.locales(), header.sourceLocale())
                .fallback())
            .toList();
        kinds.add(new KindCoverage(kind, header.locales(), missing));
      }
      result.put(subject, kinds);
    }
    return result;
  }

  private static LocalizedStory localized(Served s, StoryText text) {
    Negotiation n = s.negotiation();
    return new LocalizedStory(s.header().kind(), text.title(), text.body(), n.locale(), n.requestedLocale(),
        n.fallback(), n.direction(), s.header().locales(), s.header().sourceLocale(), text.translatedBy(),
        text.reviewed(), text.updatedAt());
  }

  private static String text(String argument, String value, int max) {
    String stripped = value.strip();
    if (stripped.isEmpty() || stripped.length() > max) {
      throw new BadUserInputException(argument, argument + " must have 1 to " + max + " characters");
    }
    return stripped;
  }

  private record Served(StoryHeader header, Negotiation negotiation, StoryText.Key key) {}
}
