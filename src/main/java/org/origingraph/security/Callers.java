package org.origingraph.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The current caller, for other modules: the one place that turns Spring Security's authentication
 * into a {@link Caller}, so that no module needs to know whether a key or a JWT identified it.
 *
 * <p>Read it on the thread that handles the request (a controller, a data fetcher: Spring for
 * GraphQL restores the security context there). Anything but an authentication made by this module
 * (none, anonymous) is {@link Caller#ANONYMOUS}, so a missing context fails closed.
 */
public final class Callers {

  private Callers() {}

  /** The caller of the current request; {@link Caller#ANONYMOUS} when there are no credentials. */
  public static Caller current() {
    return of(SecurityContextHolder.getContext().getAuthentication());
  }

  /** The caller an authentication stands for; {@link Caller#ANONYMOUS} for {@code null} or anything foreign. */
  public static Caller of(@Nullable Authentication authentication) {
    if (authentication instanceof CallerAuthentication known && known.isAuthenticated()) {
      return known.caller();
    }
    return Caller.ANONYMOUS;
  }
}
