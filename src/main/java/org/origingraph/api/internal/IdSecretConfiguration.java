package org.origingraph.api.internal;

import java.nio.charset.StandardCharsets;

import org.origingraph.api.GlobalId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

/**
 * Gives {@link GlobalId} the service's secret for sealing the keys that are not public. Without
 * {@code origin.ids.secret} a built-in development secret is used and a warning logged: anyone with
 * the source could then unseal shipment references and certificate numbers from their ids.
 */
@Configuration(proxyBeanMethods = false)
class IdSecretConfiguration {

  private static final Logger log = LoggerFactory.getLogger(IdSecretConfiguration.class);

  IdSecretConfiguration(@Value("${origin.ids.secret:}") String secret) {
    if (secret.isBlank()) {
      log.warn("origin.ids.secret is not set: shipment and certificate ids are sealed with the development secret");
    } else if (secret.getBytes(StandardCharsets.UTF_8).length < 16) {
      throw new IllegalArgumentException("origin.ids.secret must be at least 16 bytes long");
    } else {
      GlobalId.useSecret(secret.getBytes(StandardCharsets.UTF_8));
    }
  }
}
