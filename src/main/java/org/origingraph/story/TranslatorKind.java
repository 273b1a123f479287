package org.origingraph.story;

/** Who wrote a translation; readers and reviewers weigh machine translations differently. */
public enum TranslatorKind {
  /** A person: the producer, a translator, an importer. */
  HUMAN,
  /** Machine translation, possibly post-edited; see {@code reviewed}. */
  MACHINE
}
