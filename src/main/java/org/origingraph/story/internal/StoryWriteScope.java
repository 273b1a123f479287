package org.origingraph.story.internal;

import java.util.List;

import org.origingraph.api.BadUserInputException;
import org.origingraph.api.ForbiddenException;
import org.origingraph.provenance.BatchKey;
import org.origingraph.provenance.Catalog;
import org.origingraph.provenance.Ownership;
import org.origingraph.security.Caller;
import org.origingraph.security.Callers;
import org.origingraph.security.Role;
import org.origingraph.story.Subject;
import org.springframework.stereotype.Component;

/**
 * Writes only for one's own, for stories: a PRODUCER tells the stories of its products, its
 * facilities and the batches produced at them ({@link Ownership}'s rules); ADMIN of anything. A story
 * about another organisation's subject is a {@link ForbiddenException} naming {@code input.subjectId},
 * before anything is written. Other roles are refused by {@code Stories}' own role check.
 */
@Component
class StoryWriteScope {

  private static final String ARGUMENT = "input.subjectId";

  private final Ownership ownership;
  private final Catalog catalog;

  StoryWriteScope(Ownership ownership, Catalog catalog) {
    this.ownership = ownership;
    this.catalog = catalog;
  }

  /** Refuses when the current caller is a producer and {@code subjectId} is not its organisation's. */
  void check(String subjectId) {
    Caller caller = Callers.current();
    String organization = caller.organization();
    if (caller.role() != Role.PRODUCER || organization == null) {
      return;
    }
    Subject subject = Subject.fromGlobalId(ARGUMENT, subjectId);
    boolean own = switch (subject.type()) {
      case "Product" -> ownership.foreignProducts(organization, List.of(subject.key())).isEmpty();
      case "Facility" -> ownership.foreignLocations(organization, List.of(subject.key())).isEmpty();
      default -> ownBatch(organization, subject.key());
    };
    if (!own) {
      throw new ForbiddenException(ARGUMENT, ARGUMENT + ": the " + subject.type().toLowerCase(java.util.Locale.ROOT)
          + " " + subject.key() + " is not your organisation's (" + organization + ")");
    }
  }

  /** A batch is the organisation's when it was produced at one of its facilities; an unknown one is left to the write. */
  private boolean ownBatch(String organization, String key) {
    int colon = key.indexOf(':');
    if (colon < 0) {
      throw new BadUserInputException(ARGUMENT, ARGUMENT + ": not the id of a batch");
    }
    return catalog.batch(new BatchKey(key.substring(0, colon), key.substring(colon + 1)))
        .map(b -> b.facilityGln() != null && ownership.foreignLocations(organization, List.of(b.facilityGln())).isEmpty())
        .orElse(true);
  }
}
