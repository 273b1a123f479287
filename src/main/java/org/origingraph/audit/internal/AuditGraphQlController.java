package org.origingraph.audit.internal;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import org.origingraph.api.Arguments;
import org.origingraph.api.BadUserInputException;
import org.origingraph.api.Connection;
import org.origingraph.api.PageRequest;
import org.origingraph.audit.AuditRecord;
import org.origingraph.audit.AuditTrail;
import org.origingraph.gs1.Gln;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code Query.auditTrail}; who may read it is {@link AuditTrail#page}'s to decide. */
@Controller
class AuditGraphQlController {

  private final AuditTrail trail;

  AuditGraphQlController(AuditTrail trail) {
    this.trail = trail;
  }

  @QueryMapping
  Connection<AuditRecord> auditTrail(@Argument @Nullable Integer first, @Argument @Nullable String after,
      @Argument @Nullable String organization, @Argument @Nullable OffsetDateTime since,
      @Argument @Nullable OffsetDateTime until) {
    PageRequest page = PageRequest.of(first, after);
    String gln = organization == null ? null : Arguments.parse("organization", organization, Gln::parse).value();
    if (since != null && until != null && !since.isBefore(until)) {
      throw new BadUserInputException("until", "until must be after since");
    }
    return trail.page(page, gln, since, until);
  }
}
