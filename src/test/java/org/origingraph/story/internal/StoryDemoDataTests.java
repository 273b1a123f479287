package org.origingraph.story.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The demo stories file is valid and as the issue asks: enough languages, short texts. */
class StoryDemoDataTests {

  /* Thai marks sentences with spaces, not punctuation, so it is not counted. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)|[。！？]");

  private final List<Map<String, Object>> rows = StoryDemoLoader.read();

  @Test
  @SuppressWarnings("unchecked")
  void originStoriesHaveSevenLanguagesWithArabicAndBothChineseScriptsExceptTheDeliberateGap() {
    List<Map<String, Object>> origins = rows.stream()
        .filter(r -> "Product".equals(r.get("type")) && "ORIGIN".equals(r.get("kind"))).toList();
    assertThat(origins).hasSizeGreaterThanOrEqualTo(10);
    long partial = 0;
    for (Map<String, Object> row : origins) {
      List<String> locales = ((List<Map<String, Object>>) row.get("translations")).stream()
          .map(t -> (String) t.get("locale")).toList();
      if (locales.size() < 7) {
        partial++;
        assertThat(locales).as("the partial story %s", row.get("key")).contains("vi", "en");
      } else {
        assertThat(locales).as("%s", row.get("key")).contains("vi", "en", "ar", "zh-Hans", "zh-Hant", "ja", "ko");
      }
    }
    assertThat(partial).as("products left partly untranslated").isEqualTo(1);
  }

  @Test
  @SuppressWarnings("unchecked")
  void bodiesAreTwoToFourSentences() {
    for (Map<String, Object> row : rows) {
      for (Map<String, Object> t : (List<Map<String, Object>>) row.get("translations")) {
        if ("th".equals(t.get("locale"))) {
          continue;
        }
        Matcher m = SENTENCE_END.matcher((String) t.get("body"));
        int sentences = 0;
        while (m.find()) {
          sentences++;
        }
        assertThat(sentences).as("%s %s", row.get("uid"), t.get("locale")).isBetween(2, 4);
      }
    }
  }

  @Test
  void geographyAndProcessStoriesExist() {
    assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("kind", "GEOGRAPHY").containsEntry("type", "Facility"));
    assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("kind", "PROCESS"));
  }
}
