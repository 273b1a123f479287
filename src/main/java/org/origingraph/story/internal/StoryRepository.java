package org.origingraph.story.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.origingraph.api.GlobalId;
import org.origingraph.provenance.Catalog;
import org.origingraph.story.StoryKind;
import org.origingraph.story.Subject;
import org.origingraph.story.TranslatorKind;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Story reads and writes. Reads are bulk: one statement for all the subjects or translations a
 * GraphQL level needs, whatever their number.
 */
@Repository
public class StoryRepository {

  private final Neo4jClient neo4j;
  // The subjects are provenance's nodes: it finds them, this module relates to them (decision 008).
  private final Catalog catalog;

  StoryRepository(Neo4jClient neo4j, Catalog catalog) {
    this.neo4j = neo4j;
    this.catalog = catalog;
  }

  /** The stories about each subject, by kind; a subject without stories maps to an empty list. */
  public Map<Subject, List<StoryHeader>> headers(Collection<? extends Subject> subjects) {
    Map<Subject, List<StoryHeader>> found = new LinkedHashMap<>();
    subjects.forEach(s -> found.put(s, new ArrayList<>()));
    neo4j.query("""
            MATCH (s:Story) WHERE s.subject IN $subjects
            OPTIONAL MATCH (s)-[:TRANSLATION]->(t:StoryText)
            WITH s, t ORDER BY t.locale
            WITH s, collect(t.locale) AS locales
            RETURN s.uid AS uid, s.subject AS subject, s.kind AS kind, s.sourceLocale AS sourceLocale, locales""")
        .bind(subjects.stream().map(Subject::stored).distinct().toList()).to("subjects")
        .fetchAs(StoryHeader.class)
        .mappedBy((t, r) -> new StoryHeader(r.get("uid").asString(), Subject.parse(r.get("subject").asString()),
            StoryKind.valueOf(r.get("kind").asString()), r.get("sourceLocale").asString(),
            r.get("locales").asList(Value::asString)))
        .all()
        .forEach(h -> found.computeIfAbsent(h.subject(), k -> new ArrayList<>()).add(h));
    // By the enum's order (ORIGIN, GEOGRAPHY, PROCESS), which is the order a page tells them in.
    found.replaceAll((k, v) -> v.stream().sorted(Comparator.comparing(StoryHeader::kind)).toList());
    return found;
  }

  /** The translations asked for that exist. */
  public Map<StoryText.Key, StoryText> texts(Collection<? extends StoryText.Key> keys) {
    Map<StoryText.Key, StoryText> found = new HashMap<>();
    neo4j.query("""
            UNWIND $keys AS k
            MATCH (:Story {uid: k.uid})-[:TRANSLATION]->(t:StoryText {locale: k.locale})
            RETURN k.uid AS uid, k.locale AS locale, t""")
        .bind(keys.stream().map(k -> Map.of("uid", k.storyUid(), "locale", k.locale())).toList()).to("keys")
        .fetchAs(Object.class)
        .mappedBy((t, r) -> {
          Value text = r.get("t");
          found.put(new StoryText.Key(r.get("uid").asString(), r.get("locale").asString()), new StoryText(
              text.get("title").asString(), text.get("body").asString(),
              TranslatorKind.valueOf(text.get("translatedBy").asString("HUMAN")),
              text.get("reviewed").asBoolean(false),
              text.get("updatedAt").isNull() ? null : text.get("updatedAt").asOffsetDateTime()));
          return r;
        })
        .all();
    return found;
  }

  /**
   * Adds or replaces the {@code locale} translation of {@code subject}'s story of {@code kind},
   * creating the story (with {@code locale} as its source language) when there is none yet.
   *
   * @return the story's uid, or empty when the subject does not exist (nothing is written then)
   */
  public Optional<String> upsert(Subject subject, StoryKind kind, String locale, String title, String body,
      TranslatorKind translatedBy, boolean reviewed, OffsetDateTime now) {
    String node = catalog.elementIds(List.of(subject.globalId())).get(subject.globalId());
    if (node == null) {
      return Optional.empty();
    }
    String uid = subject.storyUid(kind);
    Map<String, Object> params = new HashMap<>();
    params.put("node", node);
    params.put("uid", uid);
    params.put("subject", subject.stored());
    params.put("kind", kind.name());
    params.put("locale", locale);
    params.put("textUid", uid + "@" + locale);
    params.put("title", title);
    params.put("body", body);
    params.put("translatedBy", translatedBy.name());
    params.put("reviewed", reviewed);
    params.put("now", now);
    return neo4j.query("""
            MATCH (n) WHERE elementId(n) = $node
            MERGE (s:Story {uid: $uid})
              ON CREATE SET s.subject = $subject, s.kind = $kind, s.sourceLocale = $locale
            MERGE (s)-[:ABOUT]->(n)
            MERGE (t:StoryText {uid: $textUid})
              ON CREATE SET t.locale = $locale
            SET t.title = $title, t.body = $body, t.translatedBy = $translatedBy, t.reviewed = $reviewed,
                t.updatedAt = $now
            MERGE (s)-[:TRANSLATION]->(t)
            RETURN s.uid AS uid""")
        .bindAll(params)
        .fetchAs(String.class).one();
  }

  /** Whether any story exists; the demo loader adds its stories only to a database without any. */
  public boolean anyStory() {
    return neo4j.query("RETURN EXISTS { (:Story) } AS any").fetchAs(Boolean.class).one().orElse(false);
  }

  /**
   * Writes demo stories in one statement per call (and one to find their subjects). Each row:
   * {@code subject} (stored form), {@code type}, {@code key}, {@code uid}, {@code kind},
   * {@code sourceLocale} and {@code translations} (maps with uid, locale, title, body, translatedBy,
   * reviewed, updatedAt).
   *
   * @return how many stories found their subject and were written
   */
  public long createAll(List<Map<String, Object>> rows) {
    Map<GlobalId, String> nodes = catalog.elementIds(rows.stream()
        .map(row -> new GlobalId((String) row.get("type"), (String) row.get("key"))).toList());
    List<Map<String, Object>> found = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      String node = nodes.get(new GlobalId((String) row.get("type"), (String) row.get("key")));
      if (node != null) {
        Map<String, Object> withNode = new HashMap<>(row);
        withNode.put("node", node);
        found.add(withNode);
      }
    }
    return neo4j.query("""
            UNWIND $rows AS row
            MATCH (n) WHERE elementId(n) = row.node
            CREATE (s:Story {uid: row.uid, subject: row.subject, kind: row.kind, sourceLocale: row.sourceLocale})
            CREATE (s)-[:ABOUT]->(n)
            WITH s, row
            UNWIND row.translations AS tr
            CREATE (s)-[:TRANSLATION]->(:StoryText {uid: tr.uid, locale: tr.locale, title: tr.title, body: tr.body,
                translatedBy: tr.translatedBy, reviewed: tr.reviewed, updatedAt: tr.updatedAt})
            RETURN count(DISTINCT s) AS created""")
        .bind(found).to("rows")
        .fetchAs(Long.class).one().orElse(0L);
  }
}
