package org.origingraph.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.origingraph.gs1.Gln;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The API keys the service accepts. Checked when the application starts: a key without a role or
 * without an organisation stops it, rather than letting a half-configured key through.
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
   * @param role the one role it grants: IMPORTER, PRODUCER, REGULATOR or ADMIN
   * @param organization the 13-digit GLN of the organisation the key belongs to
   * @param roles the former spelling of {@code role}, accepted when it names exactly one role
   */
  public record Key(String name, String sha256, @Nullable Role role, String organization, @Nullable Set<String> roles) {

    public Key {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("Every API key needs a name");
      }
      if (role == null && roles != null && roles.size() == 1) {
        role = Role.valueOf(roles.iterator().next().toUpperCase(Locale.ROOT));
      }
      if (role == null || role == Role.PUBLIC) {
        throw new IllegalArgumentException("API key " + name + " needs a role: IMPORTER, PRODUCER, REGULATOR or ADMIN");
      }
      if (organization == null || organization.isBlank()) {
        throw new IllegalArgumentException("API key " + name + " needs the GLN of its organization");
      }
      organization = Gln.parse(organization).value();
    }

    /** The caller a request with this key stands for. */
    Caller caller() {
      return new Caller(role, organization, name, Caller.Credential.API_KEY);
    }
  }
}
