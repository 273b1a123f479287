package org.origingraph.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authentication this module puts into the security context for an API key or a JWT alike: its
 * principal is the {@link Caller}, its one authority the caller's role, so that
 * {@code @PreAuthorize("hasRole('PRODUCER')")} keeps working whatever the credential.
 */
final class CallerAuthentication extends AbstractAuthenticationToken {

  private final Caller caller;

  CallerAuthentication(Caller caller) {
    super(List.of(new SimpleGrantedAuthority(caller.role().authority())));
    this.caller = caller;
    setAuthenticated(true);
  }

  Caller caller() {
    return caller;
  }

  @Override
  public Object getCredentials() {
    // Never kept: the key is compared by hash, the token is checked and dropped.
    return "";
  }

  @Override
  public Object getPrincipal() {
    return caller;
  }

  @Override
  public String getName() {
    return caller.name();
  }
}
