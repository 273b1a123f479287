package org.origingraph.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.origingraph.gs1.Gln;
import org.origingraph.gs1.InvalidIdentifierException;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Turns a verified JWT into a {@link Caller}. A token that names no role, several roles or no valid
 * organisation GLN is refused (401), not downgraded to anonymous: its holder would otherwise see
 * the public view without learning why.
 */
final class JwtCallerConverter implements Converter<Jwt, AbstractAuthenticationToken> {

  private final JwtProperties properties;

  JwtCallerConverter(JwtProperties properties) {
    this.properties = properties;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    Role role = role(jwt.getClaim(properties.rolesClaim()));
    String organization = jwt.getClaimAsString(properties.organizationClaim());
    if (organization == null || organization.isBlank()) {
      throw new InvalidBearerTokenException("The token has no " + properties.organizationClaim() + " claim");
    }
    try {
      organization = Gln.parse(organization).value();
    } catch (InvalidIdentifierException e) {
      throw new InvalidBearerTokenException("The token's " + properties.organizationClaim() + " claim is not a GLN");
    }
    String name = jwt.getClaimAsString(properties.nameClaim());
    return new CallerAuthentication(new Caller(role, organization, name == null ? "jwt" : name, Caller.Credential.JWT));
  }

  private Role role(Object claim) {
    Collection<?> values = claim instanceof Collection<?> list ? list : claim == null ? List.of() : List.of(claim);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Object value : values) {
      String text = String.valueOf(value).toUpperCase(Locale.ROOT);
      text = text.startsWith("ROLE_") ? text.substring(5) : text;
      for (Role role : Role.values()) {
        if (role != Role.PUBLIC && role.name().equals(text)) {
          roles.add(role);
        }
      }
    }
    if (roles.size() != 1) {
      throw new InvalidBearerTokenException("The token's " + properties.rolesClaim()
          + " claim must name exactly one of IMPORTER, PRODUCER, REGULATOR, ADMIN");
    }
    return roles.iterator().next();
  }
}
