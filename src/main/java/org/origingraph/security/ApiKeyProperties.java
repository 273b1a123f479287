package org.origingraph.security;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The API keys the service accepts.
 *
 * @param header request header that carries the key
 * @param keys accepted keys, each by the hex SHA-256 of its text
 */
@ConfigurationProperties("origin.security.api-keys")
public record ApiKeyProperties(String header, List<Key> keys) {

  public ApiKeyProperties {
    header = header == null || header.isBlank() ? "X-API-Key" : header;
    keys = keys == null ? List.of() : List.copyOf(keys);
  }

  /**
   * One accepted key.
   *
   * @param name who holds it, for logs and audit (never the key itself)
   * @param sha256 lower-case hex SHA-256 of the key text
   * @param roles roles it grants, e.g. PRODUCER
   */
  public record Key(String name, String sha256, Set<String> roles) {}
}
