package org.origingraph.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Every locale's bundle has every key, every message parses, and the required locales are there. */
class BundleCompletenessTests {

  private static final Set<String> REQUIRED =
      Set.of("vi", "en", "zh-Hans", "zh-Hant", "ja", "ko", "th", "fr", "de", "es", "ru", "ar");

  private final Messages messages =
      new Messages(new LocaleNegotiator(new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class)));

  @Test
  void requiredLocalesHaveBundles() {
    assertThat(messages.locales()).containsAll(REQUIRED);
  }

  @Test
  void everyBundleHasExactlyTheKeysOfEveryOther() {
    Set<String> all = new TreeSet<>();
    messages.locales().forEach(tag -> all.addAll(messages.bundle(tag).keySet()));
    for (String tag : messages.locales()) {
      assertThat(messages.bundle(tag).keySet()).as("keys of messages_%s.properties", tag).containsExactlyInAnyOrderElementsOf(all);
    }
  }

  @Test
  void everyMessageParsesAsIcuMessageFormatAndNoneIsBlank() {
    for (String tag : messages.locales()) {
      for (Map.Entry<String, String> e : messages.bundle(tag).entrySet()) {
        assertThat(e.getValue()).as("%s in %s", e.getKey(), tag).isNotBlank();
        new MessageFormat(e.getValue(), ULocale.forLanguageTag(tag)); // throws on a syntax error
      }
    }
  }

  @Test
  void translatedBundlesAreNotCopiesOfEnglish() {
    Map<String, String> english = messages.bundle("en");
    for (String tag : messages.locales()) {
      if (tag.equals("en")) {
        continue;
      }
      long same = messages.bundle(tag).entrySet().stream().filter(e -> e.getValue().equals(english.get(e.getKey()))).count();
      // A handful may coincide (e.g. "Port" in French); a bundle mostly equal to English is untranslated.
      assertThat(same).as("labels of %s identical to English", tag).isLessThan(5);
    }
  }

  @Test
  void formatsPluralsAndArguments() {
    assertThat(messages.format("ui.batchCount", "en", Map.of("count", 0))).isEqualTo("No batches");
    assertThat(messages.format("ui.batchCount", "en", Map.of("count", 3))).isEqualTo("3 batches");
    assertThat(messages.format("ui.batchCount", "ru", Map.of("count", 22))).isEqualTo("22 партии");
    assertThat(messages.format("ui.batchCount", "ru", Map.of("count", 25))).isEqualTo("25 партий");
    assertThat(messages.format("ui.tiers", "ar", Map.of("count", 2))).startsWith("مرحلتان");
    assertThat(messages.format("ui.shippedIn", "ja", Map.of("days", 12, "country", "日本"))).isEqualTo("12日で日本に到着");
  }
}
