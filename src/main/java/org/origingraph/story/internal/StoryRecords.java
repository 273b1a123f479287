package org.origingraph.story.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.origingraph.integrity.Accepted;
import org.origingraph.integrity.RecordSource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Story translations as the integrity log sees them: the translation's text and who made it, with its
 * story's subject and kind, read from the nodes the same way when a translation is accepted and when
 * {@code Batch.integrity} re-reads the stories about a batch and its product.
 */
@Component
public class StoryRecords implements RecordSource {

  private static final String TEXT = "t{.locale, .title, .body, .translatedBy, .reviewed, .updatedAt}";
  private static final String TEXTS = """
      UNWIND $uids AS uid
      MATCH (s:Story)-[:TRANSLATION]->(t:StoryText {uid: uid})
      RETURN t.uid AS uid, s.subject AS subject, s.kind AS kind, """ + TEXT + " AS text";
  private static final String ABOUT = """
      UNWIND $subjects AS subject
      MATCH (s:Story {subject: subject})-[:TRANSLATION]->(t:StoryText)
      RETURN t.uid AS uid, s.subject AS subject, s.kind AS kind, """ + TEXT + """
       AS text
      LIMIT $limit""";

  private final Neo4jClient neo4j;

  StoryRecords(Neo4jClient neo4j) {
    this.neo4j = neo4j;
  }

  /** The records of the translations {@code uids}, as stored now. */
  public List<Accepted> texts(Collection<String> uids) {
    List<Accepted> texts = new ArrayList<>();
    neo4j.query(TEXTS).bind(List.copyOf(uids)).to("uids").fetch().all()
        .forEach(r -> texts.add(new Accepted(Accepted.STORY_TEXT, (String) r.get("uid"), content(r))));
    return texts;
  }

  @Override
  public List<Stored> recordsAbout(List<Batch> batches, int limit) {
    List<String> subjects = new ArrayList<>();
    for (Batch batch : batches) {
      subjects.add("Batch:" + batch.gtin() + ":" + batch.lot());
    }
    batches.stream().map(b -> "Product:" + b.gtin()).distinct().forEach(subjects::add);
    List<Stored> stored = new ArrayList<>();
    neo4j.query(ABOUT).bindAll(Map.of("subjects", subjects, "limit", limit)).fetch().all()
        .forEach(r -> stored.add(Stored.of(Accepted.STORY_TEXT, (String) r.get("uid"), content(r))));
    return stored;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> content(Map<String, @Nullable Object> row) {
    Map<String, Object> content = new HashMap<>();
    ((Map<String, @Nullable Object>) row.get("text")).forEach((k, v) -> {
      if (v != null) {
        content.put(k, v);
      }
    });
    content.put("subject", row.get("subject"));
    content.put("kind", row.get("kind"));
    return content;
  }
}
