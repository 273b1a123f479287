package org.origingraph.story;

/** What a story tells. */
public enum StoryKind {
  /** Where a product comes from and who makes it. */
  ORIGIN,
  /** The place: land, climate, history of a region or facility. */
  GEOGRAPHY,
  /** How it is made. */
  PROCESS
}
