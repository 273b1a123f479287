package org.origingraph.story.internal;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.origingraph.story.Subject;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The two story caches, in front of {@link StoryRepository}:
 * <ul>
 *   <li>{@value #INDEX}: which stories a subject has and in which locales (what negotiation needs);</li>
 *   <li>{@value #RENDERED}: one translation's served content per (story, locale).</li>
 * </ul>
 * Stories are read on every scan and change rarely, so a warm page costs no database round trip.
 * A changed translation evicts its subject's index entry and that (story, locale) entry; entries
 * also expire after {@link #TTL}, which bounds staleness when another instance made the change.
 * Statistics are published as Micrometer cache metrics ({@code cache.gets}, {@code cache.puts},
 * {@code cache.evictions}... tagged {@code cache=<name>}). Thread-safe.
 */
@Component
public class StoryCaches {

  public static final String INDEX = "story.index";
  public static final String RENDERED = "story.rendered";
  static final Duration TTL = Duration.ofMinutes(10);

  private final StoryRepository repository;
  private final Cache<Subject, List<StoryHeader>> index =
      Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(TTL).recordStats().build();
  private final Cache<StoryText.Key, StoryText> rendered =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(TTL).recordStats().build();

  StoryCaches(StoryRepository repository, ObjectProvider<MeterRegistry> meters) {
    this.repository = repository;
    meters.ifAvailable(registry -> {
      CaffeineCacheMetrics.monitor(registry, index, INDEX);
      CaffeineCacheMetrics.monitor(registry, rendered, RENDERED);
    });
  }

  /** The stories of each subject; misses are loaded together in one statement. */
  public Map<Subject, List<StoryHeader>> headers(Collection<Subject> subjects) {
    return index.getAll(subjects, repository::headers);
  }

  /** The translations asked for that exist; misses are loaded together in one statement. */
  public Map<StoryText.Key, StoryText> texts(Collection<StoryText.Key> keys) {
    return rendered.getAll(keys, repository::texts);
  }

  /** Forgets what a changed translation touched. */
  public void evict(Subject subject, StoryText.Key text) {
    index.invalidate(subject);
    rendered.invalidate(text);
  }
}
