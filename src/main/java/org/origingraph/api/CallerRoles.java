package org.origingraph.api;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.origingraph.security.Caller;
import org.origingraph.security.Callers;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The role names of a caller, as per-role settings (query budgets, rate limits) are keyed:
 * {@value #PUBLIC} for a caller without credentials, otherwise the name of the caller's one
 * {@link org.origingraph.security.Role}. Who the caller is, is decided by the security module alone
 * ({@link Callers}); this only names it for settings, which are keyed by name so that a configured
 * role the code does not know is simply never matched. Stateless and thread-safe.
 */
public final class CallerRoles {

  /** The role of a caller without credentials. */
  public static final String PUBLIC = "PUBLIC";

  private CallerRoles() {}

  /** The roles of {@code authentication}; {@code {PUBLIC}} when it is null, anonymous or foreign. */
  public static Set<String> of(@Nullable Authentication authentication) {
    return Set.of(Callers.of(authentication).role().name());
  }

  /** The roles of the caller in the current security context. */
  public static Set<String> current() {
    return of(SecurityContextHolder.getContext().getAuthentication());
  }

  /** The caller's name (API key name or JWT subject) for per-caller settings; null when anonymous. */
  public static @Nullable String name(@Nullable Authentication authentication) {
    Caller caller = Callers.of(authentication);
    return caller.isAnonymous() ? null : caller.name();
  }
}
