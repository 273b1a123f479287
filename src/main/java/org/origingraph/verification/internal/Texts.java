package org.origingraph.verification.internal;

import java.util.HashMap;
import java.util.Map;

import org.origingraph.i18n.LocaleRequest;
import org.origingraph.i18n.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Formats findings' and warnings' messages in the reader's language: the locale negotiated from the
 * {@code locale} argument and Accept-Language against the bundles, a {@code field} argument replaced by
 * its label. In memory; thread-safe.
 */
@Component
public class Texts {

  private final Messages messages;

  Texts(Messages messages) {
    this.messages = messages;
  }

  /** The bundle locale for a reader. */
  public String locale(@Nullable String locale, @Nullable String acceptLanguage) {
    return messages.negotiate(LocaleRequest.of("locale", locale, acceptLanguage)).locale();
  }

  /** {@code key} formatted with {@code arguments} in bundle {@code tag}. */
  public String format(String key, Map<String, Object> arguments, String tag) {
    Map<String, Object> localized = new HashMap<>(arguments);
    if (arguments.get("field") instanceof String field) {
      localized.put("field", messages.text("recordField." + field, tag));
    }
    return messages.format(key, tag, localized);
  }
}
