package org.origingraph.verification.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.origingraph.i18n.LocaleRequest;
import org.origingraph.provenance.Batch;
import org.origingraph.provenance.Provenance;
import org.origingraph.verification.Finding;
import org.origingraph.verification.FindingCode;
import org.origingraph.verification.RecordField;
import org.origingraph.verification.Verification;
import org.origingraph.verification.Verifier;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code Batch.verification}, {@code Provenance.verification} and the fields of a finding. */
@Controller
class VerificationController {

  private final Verifier verifier;
  private final Texts texts;

  VerificationController(Verifier verifier, Texts texts) {
    this.verifier = verifier;
    this.texts = texts;
  }

  /** One walk per batch: Batch.verification is priced like a provenance walk (QueryCost). */
  @BatchMapping(typeName = "Batch")
  Map<Batch, Verification> verification(List<Batch> batches) {
    Map<Batch, Verification> result = new LinkedHashMap<>();
    for (Batch batch : batches) {
      verifier.verify(batch.key()).ifPresent(v -> result.put(batch, v));
    }
    return result;
  }

  @SchemaMapping(typeName = "Provenance", field = "verification")
  Verification provenanceVerification(Provenance provenance) {
    return verifier.verify(provenance);
  }

  @SchemaMapping(typeName = "Finding")
  String message(Finding finding, @Argument @Nullable String locale,
      @ContextValue(name = LocaleRequest.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
    return texts.format(finding.messageKey(), finding.arguments(), texts.locale(locale, acceptLanguage));
  }

  @SchemaMapping(typeName = "Finding")
  @Nullable RecordField field(Finding finding) {
    return finding.code() == FindingCode.RECORD_INCOMPLETE && finding.arguments().get("field") instanceof String f
        ? RecordField.valueOf(f) : null;
  }
}
