package org.origingraph.httpapi;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of GraphQL over HTTP for front-ends ({@code origin.graphql.*}; docs/frontend.md).
 *
 * @param persisted persisted queries: automatic ones and the registered-operations manifest
 * @param httpCache the caching headers of GET answers and the in-process cache of persisted ones
 * @param cors which browser origins may call {@code /graphql}
 */
@ConfigurationProperties("origin.graphql")
record GraphQlHttpProperties(
    @DefaultValue Persisted persisted, @DefaultValue HttpCache httpCache, @DefaultValue Cors cors) {

  /**
   * @param publicRegisteredOnly whether callers without credentials may run only the manifest's operations
   * @param maxEntries most automatic persisted queries kept (least recently used go first)
   * @param maxQueryLength longest query text an automatic persisted query may register, in characters
   * @param manifest where the registered operations are, one operation per file
   */
  record Persisted(
      @DefaultValue("false") boolean publicRegisteredOnly,
      @DefaultValue("2000") int maxEntries,
      @DefaultValue("20000") int maxQueryLength,
      @DefaultValue("classpath*:graphql-operations/*.graphql") String manifest) {}

  /**
   * @param maxAge {@code max-age} of anonymous GET answers (browsers and shared caches)
   * @param responseCache the in-process cache of anonymous persisted GET answers
   */
  record HttpCache(@DefaultValue("60s") Duration maxAge, @DefaultValue ResponseCache responseCache) {}

  /**
   * @param enabled whether anonymous persisted GET answers are kept in process
   * @param maxSize most bytes of answer bodies kept
   * @param ttl how long an answer is kept at most, whatever changes (it bounds what no write announces,
   *     such as a certificate expiring at midnight)
   */
  record ResponseCache(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("64MB") DataSize maxSize,
      @DefaultValue("5m") Duration ttl) {}

  /**
   * @param allowedOrigins origins that may read {@code /graphql} without credentials; {@code *} for any
   * @param authenticatedOrigins origins whose pages may also send {@code X-API-Key} or {@code Authorization}
   * @param maxAge how long a browser may keep a preflight answer
   */
  record Cors(
      @DefaultValue("*") List<String> allowedOrigins,
      @DefaultValue List<String> authenticatedOrigins,
      @DefaultValue("1h") Duration maxAge) {}
}
