package org.origingraph.epcis.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * CBV vocabulary values in the short form this server stores and compares ({@code shipping},
 * {@code in_transit}), whichever of the standard's spellings a producer used: bare word, GS1 Web URI
 * ({@code https://ref.gs1.org/cbv/BizStep-shipping}), CURIE ({@code cbv:BizStep-shipping}) or the
 * EPCIS 1.x URN ({@code urn:epcglobal:cbv:bizstep:shipping}). Non-CBV values stay as written.
 */
public final class Vocabulary {

  private static final Pattern WEB = Pattern.compile("(?:https://ref\\.gs1\\.org/cbv/|https://gs1\\.org/voc/|cbv:|gs1:)(?:BizStep|Disp|BTT|SDT|ER)-(.+)");
  private static final Pattern URN = Pattern.compile("urn:epcglobal:cbv:(?:bizstep|disp|btt|sdt|er):(.+)");

  private Vocabulary() {}

  /** The short form of {@code value}; {@code null} stays {@code null}. */
  public static @Nullable String shortForm(@Nullable String value) {
    if (value == null) {
      return null;
    }
    Matcher m = WEB.matcher(value);
    if (m.matches()) {
      return m.group(1);
    }
    m = URN.matcher(value);
    return m.matches() ? m.group(1) : value;
  }
}
