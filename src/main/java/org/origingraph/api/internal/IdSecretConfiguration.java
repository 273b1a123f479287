package org.origingraph.api.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.origingraph.api.GlobalId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

/**
 * Gives {@link GlobalId} the service's secret for sealing the keys that are not public. Without
 * {@code origin.ids.secret} a random secret is drawn at start-up and a warning logged: ids stay
 * unreadable, but shipment and certificate ids then change at every restart and differ between
 * instances. Never the built-in development secret, which anyone with the source could use to unseal
 * shipment references and certificate numbers.
 */
@Configuration(proxyBeanMethods = false)
class IdSecretConfiguration {

  private static final Logger log = LoggerFactory.getLogger(IdSecretConfiguration.class);

  IdSecretConfiguration(@Value("${origin.ids.secret:}") String secret) {
    if (secret.isBlank()) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      GlobalId.useSecret(random);
      log.warn("origin.ids.secret is not set: shipment and certificate ids are sealed with a random secret, so they"
          + " change at restart and differ between instances; set it (16 bytes or more) in production");
    } else if (secret.getBytes(StandardCharsets.UTF_8).length < 16) {
      throw new IllegalArgumentException("origin.ids.secret must be at least 16 bytes long");
    } else {
      GlobalId.useSecret(secret.getBytes(StandardCharsets.UTF_8));
    }
  }
}
