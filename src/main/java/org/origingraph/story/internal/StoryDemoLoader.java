package org.origingraph.story.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.origingraph.i18n.LocaleTags;
import org.origingraph.story.StoryKind;
import org.origingraph.story.Subject;
import org.origingraph.story.TranslatorKind;
import org.origingraph.integrity.IntegrityLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads {@code demo/stories-demo.json} after the provenance demo data ({@code @Order(100)}), when
 * the database holds no story yet, so a fresh start shows stories in a dozen languages.
 *
 * <p>File format: {@code {"stories": [{"subject": {"type": "Product", "gtin": "..."} |
 * {"type": "Facility", "gln": "..."} | {"type": "Batch", "gtin": "...", "lot": "..."}, "kind":
 * "ORIGIN", "sourceLocale": "vi", "translations": {"vi": {"title": "...", "body": "...",
 * "translatedBy": "HUMAN", "reviewed": true}, ...}}]}}. {@code translatedBy} defaults to HUMAN and
 * {@code reviewed} to true. Entries are validated (locale tags, kinds, lengths) and every story must
 * find its subject, else the start fails naming the entry and nothing is written.
 */
@Component
@Order(200)
@ConditionalOnBooleanProperty(name = "origin.demo-data.enabled", matchIfMissing = true)
class StoryDemoLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(StoryDemoLoader.class);
  static final String RESOURCE = "demo/stories-demo.json";
  /* A fixed time, so the demo reads the same on every start. */
  private static final OffsetDateTime WRITTEN = OffsetDateTime.parse("2026-03-01T09:00:00+07:00");

  private final StoryRepository repository;
  private final TransactionTemplate transactions;

  private final StoryRecords records;
  private final IntegrityLog integrity;

  StoryDemoLoader(StoryRepository repository, TransactionTemplate transactions, StoryRecords records, IntegrityLog integrity) {
    this.records = records;
    this.integrity = integrity;
    this.repository = repository;
    this.transactions = transactions;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (repository.anyStory()) {
      return;
    }
    List<Map<String, Object>> rows = read();
    transactions.executeWithoutResult(status -> {
      long created = repository.createAll(rows);
      if (created != rows.size()) {
        throw new IllegalStateException(RESOURCE + ": " + (rows.size() - created) + " stories are about unknown subjects");
      }
      integrity.append(records.texts(rows.stream().flatMap(r -> ((List<?>) r.get("translations")).stream())
          .map(t -> (String) ((Map<?, ?>) t).get("uid")).toList()));
    });
    log.info("Demo stories loaded: {} stories, {} translations", rows.size(),
        rows.stream().mapToInt(r -> ((List<?>) r.get("translations")).size()).sum());
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> read() {
    Map<String, Object> file;
    try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
      file = JsonMapper.builder().build().readValue(in, Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    List<Map<String, Object>> entries = (List<Map<String, Object>>) file.get("stories");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      try {
        rows.add(row(entries.get(i)));
      } catch (RuntimeException e) {
        throw new IllegalStateException(RESOURCE + ": stories[" + i + "]: " + e.getMessage(), e);
      }
    }
    return rows;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> row(Map<String, Object> entry) {
    Map<String, Object> s = (Map<String, Object>) entry.get("subject");
    String type = (String) s.get("type");
    Subject subject = switch (type) {
      case "Product" -> new Subject(type, (String) s.get("gtin"));
      case "Facility" -> new Subject(type, (String) s.get("gln"));
      case "Batch" -> new Subject(type, s.get("gtin") + ":" + s.get("lot"));
      default -> throw new IllegalArgumentException("unknown subject type " + type);
    };
    StoryKind kind = StoryKind.valueOf((String) entry.get("kind"));
    String source = canonical((String) entry.get("sourceLocale"));
    Map<String, Map<String, Object>> translations = (Map<String, Map<String, Object>>) entry.get("translations");
    if (!translations.containsKey(source)) {
      throw new IllegalArgumentException("no translation in the source locale " + source);
    }
    String uid = subject.storyUid(kind);
    List<Map<String, Object>> texts = new ArrayList<>();
    translations.forEach((locale, t) -> {
      String tag = canonical(locale);
      String title = ((String) t.get("title")).strip();
      String body = ((String) t.get("body")).strip();
      if (title.isEmpty() || title.length() > 200 || body.isEmpty() || body.length() > 4000) {
        throw new IllegalArgumentException(tag + ": title or body empty or too long");
      }
      Map<String, Object> text = new HashMap<>();
      text.put("uid", uid + "@" + tag);
      text.put("locale", tag);
      text.put("title", title);
      text.put("body", body);
      text.put("translatedBy", TranslatorKind.valueOf((String) t.getOrDefault("translatedBy", "HUMAN")).name());
      text.put("reviewed", t.getOrDefault("reviewed", true));
      text.put("updatedAt", WRITTEN);
      texts.add(text);
    });
    Map<String, Object> row = new HashMap<>();
    row.put("uid", uid);
    row.put("subject", subject.stored());
    row.put("type", type);
    row.put("key", subject.key());
    row.put("gtin", s.get("gtin"));
    row.put("lot", s.get("lot"));
    row.put("kind", kind.name());
    row.put("sourceLocale", source);
    row.put("translations", texts);
    return row;
  }

  private static String canonical(String tag) {
    String canonical = LocaleTags.parse(tag).map(LocaleTags::tag)
        .orElseThrow(() -> new IllegalArgumentException("'" + tag + "' is not a language tag"));
    if (!canonical.equals(tag)) {
      throw new IllegalArgumentException("write '" + tag + "' as '" + canonical + "'");
    }
    return canonical;
  }
}
