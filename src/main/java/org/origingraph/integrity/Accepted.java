package org.origingraph.integrity;

import org.jspecify.annotations.Nullable;

/**
 * A record a module accepted and wants logged: its kind, its id within the kind and its content, a JSON
 * value (a Jackson tree, or maps, lists, strings, numbers, booleans and {@code null}). The content must
 * be what the module can read back from its store later, for {@link RecordSource} to recompute the leaf.
 */
public record Accepted(String kind, String id, @Nullable Object content) {

  /** A captured EPCIS event; id: its eventID; content: the event's JSON as captured. */
  public static final String EVENT = "event";
  /** An EPCIS error declaration; id: {@code eventID#n}, the n-th declaration of that event. */
  public static final String ERROR_DECLARATION = "errorDeclaration";
  /** A registered product; id: its GTIN. */
  public static final String PRODUCT = "product";
  /** A recorded batch; id: {@code gtin:lot}. */
  public static final String BATCH = "batch";
  /** A story translation; id: the translation's uid. */
  public static final String STORY_TEXT = "storyText";
}
