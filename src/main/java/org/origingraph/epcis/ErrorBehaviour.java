package org.origingraph.epcis;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** What capture does with a document of which some events are invalid ({@code GS1-Capture-Error-Behaviour}). */
public enum ErrorBehaviour {
  /** Refuse the whole document; nothing of it is stored. The default. */
  ROLLBACK,
  /** Store the valid events and report the invalid ones in the capture job. */
  PROCEED;

  /**
   * Reads the header value; absent means {@link #ROLLBACK}.
   *
   * @throws EpcisException for any other value
   */
  public static ErrorBehaviour of(@Nullable String header) {
    if (header == null || header.isBlank()) {
      return ROLLBACK;
    }
    return switch (header.strip().toLowerCase(Locale.ROOT)) {
      case "rollback" -> ROLLBACK;
      case "proceed" -> PROCEED;
      default -> throw EpcisException.badRequest("INVALID_HEADER",
          "GS1-Capture-Error-Behaviour must be 'rollback' or 'proceed'", List.of());
    };
  }
}
