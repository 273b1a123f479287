package org.origingraph.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The ICU MessageFormat bundles {@code i18n/messages_<tag>.properties} (UTF-8): labels of enum
 * values, units, relation kinds, business steps, error messages and UI sentences with plurals and
 * arguments, one file per locale, all with the same keys.
 *
 * <p>Bundles are read once at start-up and are immutable afterwards; thread-safe. A key missing from
 * one locale's bundle is a build failure (a test), not a run-time fallback, so every locale is
 * complete; {@link #text} still falls back to {@value #DEFAULT_LOCALE} rather than fail a page.
 */
@Component
public class Messages {

  /** The locale served when a reader's languages are all unavailable: the lingua franca of export markets. */
  public static final String DEFAULT_LOCALE = "en";
  private static final String LOCATION = "classpath*:i18n/messages_*.properties";

  private final Map<String, Map<String, String>> bundles;
  private final LocaleNegotiator negotiator;

  public Messages(LocaleNegotiator negotiator) {
    this.negotiator = negotiator;
    this.bundles = load();
  }

  /** The locales there are bundles for, as BCP 47 tags (e.g. {@code zh-Hant}), sorted. */
  public Set<String> locales() {
    return bundles.keySet();
  }

  /** The best bundle locale for {@code request}. */
  public Negotiation negotiate(LocaleRequest request) {
    return negotiator.negotiate(request, bundles.keySet(), DEFAULT_LOCALE);
  }

  /** Every key and pattern of the bundle {@code tag} (one of {@link #locales()}), sorted by key. */
  public Map<String, String> bundle(String tag) {
    Map<String, String> bundle = bundles.get(tag);
    if (bundle == null) {
      throw new IllegalArgumentException("no bundle for " + tag);
    }
    return bundle;
  }

  /** Whether the default bundle has {@code key}; every bundle has the same keys. */
  public boolean has(String key) {
    return bundles.get(DEFAULT_LOCALE).containsKey(key);
  }

  /** The pattern of {@code key} in bundle {@code tag}, else in the default bundle, else the key itself. */
  public String text(String key, String tag) {
    Map<String, String> bundle = bundles.getOrDefault(tag, Map.of());
    String text = bundle.get(key);
    return text != null ? text : bundles.get(DEFAULT_LOCALE).getOrDefault(key, key);
  }

  /** {@code key}'s message in bundle {@code tag}, formatted with named arguments by ICU rules. */
  public String format(String key, String tag, Map<String, Object> arguments) {
    return new MessageFormat(text(key, tag), ULocale.forLanguageTag(tag)).format(arguments);
  }

  private static Map<String, Map<String, String>> load() {
    Map<String, Map<String, String>> loaded = new TreeMap<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
        String file = resource.getFilename();
        String tag = file.substring("messages_".length(), file.length() - ".properties".length());
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
          properties.load(reader);
        }
        Map<String, String> bundle = new TreeMap<>();
        properties.forEach((k, v) -> bundle.put(k.toString(), v.toString()));
        loaded.put(tag, Collections.unmodifiableMap(bundle));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the i18n bundles", e);
    }
    if (!loaded.containsKey(DEFAULT_LOCALE)) {
      throw new IllegalStateException("i18n/messages_" + DEFAULT_LOCALE + ".properties is missing");
    }
    return Collections.unmodifiableMap(loaded);
  }
}
