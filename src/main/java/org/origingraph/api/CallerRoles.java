package org.origingraph.api;

import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The role names of a caller, as per-role settings (query budgets, rate limits) are keyed:
 * {@value #PUBLIC} for a caller without credentials, otherwise the caller's Spring Security roles
 * without their {@code ROLE_} prefix ({@code ROLE_PRODUCER} is {@code PRODUCER}).
 *
 * <p>Keyed by name, not by an enum, so that settings work with whatever roles the security module
 * grants, today's and tomorrow's. An authenticated caller may have no role at all; it then gets the
 * empty set, and settings fall back to their default for authenticated callers. Stateless and
 * thread-safe.
 */
public final class CallerRoles {

  /** The role of a caller without credentials. */
  public static final String PUBLIC = "PUBLIC";

  private static final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

  private CallerRoles() {}

  /** The roles of {@code authentication}; {@code {PUBLIC}} when it is null or anonymous. */
  public static Set<String> of(@Nullable Authentication authentication) {
    if (isAnonymous(authentication)) {
      return Set.of(PUBLIC);
    }
    return authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a != null && a.startsWith("ROLE_"))
        .map(a -> a.substring("ROLE_".length()))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The roles of the caller in the current security context. */
  public static Set<String> current() {
    return of(SecurityContextHolder.getContext().getAuthentication());
  }

  /** Whether {@code authentication} stands for no caller identity at all. */
  public static boolean isAnonymous(@Nullable Authentication authentication) {
    return authentication == null || !authentication.isAuthenticated() || trust.isAnonymous(authentication);
  }
}
