package org.origingraph.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a bearer JWT names its caller. Where the tokens come from (issuer, JWK set or public key) is
 * Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.*}; without any of those, JWTs
 * are not accepted at all and a bearer token is refused with 401.
 *
 * @param rolesClaim claim holding the role: a string or a list of strings, of which exactly one
 *     must be IMPORTER, PRODUCER, REGULATOR or ADMIN (case-insensitive, {@code ROLE_} prefix allowed;
 *     other values, such as an identity provider's own roles, are ignored)
 * @param organizationClaim claim holding the 13-digit GLN of the caller's organisation
 * @param nameClaim claim naming the caller in logs and audit
 */
@ConfigurationProperties("origin.security.jwt")
public record JwtProperties(String rolesClaim, String organizationClaim, String nameClaim) {

  public JwtProperties {
    rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
    organizationClaim = organizationClaim == null || organizationClaim.isBlank() ? "org_gln" : organizationClaim;
    nameClaim = nameClaim == null || nameClaim.isBlank() ? "sub" : nameClaim;
  }
}
