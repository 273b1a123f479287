package org.origingraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.origingraph.gs1.InvalidIdentifierException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

class CallerTests {

  @Test
  void keyWithoutOrganizationOrRoleStopsTheApplication() {
    assertThatThrownBy(() -> new ApiKeyProperties.Key("k", "00", Role.PRODUCER, "", null))
        .hasMessageContaining("organization");
    assertThatThrownBy(() -> new ApiKeyProperties.Key("k", "00", null, "8938512000008", Set.of()))
        .hasMessageContaining("needs a role");
    assertThatThrownBy(() -> new ApiKeyProperties.Key("k", "00", Role.PUBLIC, "8938512000008", null))
        .hasMessageContaining("needs a role");
    assertThatThrownBy(() -> new ApiKeyProperties.Key("k", "00", Role.PRODUCER, "8938512000009", null))
        .isInstanceOf(InvalidIdentifierException.class);
  }

  @Test
  void formerRolesListWithOneRoleStillWorks() {
    var key = new ApiKeyProperties.Key("k", "00", null, "8938512000008", Set.of("producer"));
    assertThat(key.caller()).isEqualTo(new Caller(Role.PRODUCER, "8938512000008", "k", Caller.Credential.API_KEY));
  }

  @Test
  void anythingButThisModulesAuthenticationIsAnonymous() {
    assertThat(Callers.of(null)).isEqualTo(Caller.ANONYMOUS);
    assertThat(Callers.of(new AnonymousAuthenticationToken("k", "anonymousUser",
        AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")))).isEqualTo(Caller.ANONYMOUS);
    var importer = new Caller(Role.IMPORTER, "4571234000006", "buyer", Caller.Credential.JWT);
    var authentication = new CallerAuthentication(importer);
    assertThat(Callers.of(authentication)).isEqualTo(importer);
    assertThat(authentication.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_IMPORTER");
  }

  @Test
  void everyCallerButTheAnonymousOneBelongsToAnOrganization() {
    assertThatThrownBy(() -> new Caller(Role.REGULATOR, null, "x", Caller.Credential.JWT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Caller.ANONYMOUS.organization()).isNull();
    assertThat(Role.REGULATOR.seesEverything()).isTrue();
    assertThat(Role.PRODUCER.seesEverything()).isFalse();
  }
}
