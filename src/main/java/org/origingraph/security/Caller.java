package org.origingraph.security;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Who is calling: an anonymous visitor, the holder of an API key or the subject of a JWT.
 *
 * <p>Every caller other than {@link #ANONYMOUS} belongs to exactly one organisation, given by its
 * 13-digit party GLN; that GLN is what decides which nodes of the chain the caller is a party to.
 * Immutable; safe to share between threads and to keep for the length of a request.
 *
 * @param role what the caller is to the chain
 * @param organization the caller's organisation GLN; {@code null} only for {@link Role#PUBLIC}
 * @param name the key's configured name or the JWT's subject, for logs and audit; never a secret
 * @param credential how the caller proved who it is
 */
public record Caller(Role role, @Nullable String organization, String name, Credential credential) {

  /** The caller of a request without credentials. */
  public static final Caller ANONYMOUS = new Caller(Role.PUBLIC, null, "anonymous", Credential.NONE);

  /** How a caller was identified. */
  public enum Credential {
    /** None: anonymous. */
    NONE,
    /** An API key in the configured header. */
    API_KEY,
    /** An OAuth2 bearer JWT. */
    JWT
  }

  public Caller {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(credential, "credential");
    if (role != Role.PUBLIC && (organization == null || organization.isBlank())) {
      throw new IllegalArgumentException("A " + role + " caller must belong to an organization");
    }
    if (role == Role.PUBLIC) {
      organization = null;
    }
  }

  /** Whether the caller presented no credentials. */
  public boolean isAnonymous() {
    return role == Role.PUBLIC;
  }

  /** Whether the caller sees every field of every node (REGULATOR, ADMIN). */
  public boolean seesEverything() {
    return role.seesEverything();
  }
}
