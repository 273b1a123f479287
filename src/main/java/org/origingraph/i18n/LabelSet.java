package org.origingraph.i18n;

import java.util.List;

/**
 * Labels of one locale, as a front-end fetches them for a page in one query.
 *
 * @param negotiation which bundle was served and why
 * @param labels the labels asked for, sorted by key
 * @param unknownKeys keys asked for that no bundle has
 */
public record LabelSet(Negotiation negotiation, List<Label> labels, List<String> unknownKeys) {

  /**
   * One label.
   *
   * @param key the bundle key, e.g. {@code group.CONFECTIONERY}
   * @param text the ICU MessageFormat pattern; plain text unless {@link #hasArguments}
   * @param hasArguments whether the pattern has {@code {placeholders}} to fill
   */
  public record Label(String key, String text, boolean hasArguments) {}
}
