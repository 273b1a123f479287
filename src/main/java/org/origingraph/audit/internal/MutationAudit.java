package org.origingraph.audit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.Document;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.origingraph.audit.AuditOutcome;
import org.origingraph.audit.AuditTrail;
import org.origingraph.audit.RequestIds;
import org.origingraph.security.Caller;
import org.origingraph.security.Callers;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Records every GraphQL mutation on the audit trail from its answer, one record per root field:
 * ACCEPTED without an error at that field, REFUSED for FORBIDDEN and UNAUTHENTICATED, FAILED for
 * anything else, with the identifying arguments (GTINs, lots, GLNs, ids, locales, kinds; never free
 * text). {@code captureEpcisDocument} records itself (EPCIS capture knows how it ended) unless the
 * call was refused before it ran. Queries are not parsed: only a document that mentions
 * {@code mutation} is.
 */
@Component
class MutationAudit implements WebGraphQlInterceptor {

  /** Argument names whose values identify what a write touched. */
  private static final Set<String> IDENTIFYING = Set.of("gtin", "lot", "facilityGln", "ownerGln", "subjectId", "id",
      "kind", "locale", "errorBehaviour");
  private static final String SELF_RECORDING = "captureEpcisDocument";

  private final AuditTrail trail;

  MutationAudit(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    if (!request.getDocument().contains("mutation")) {
      return chain.next(request);
    }
    Caller caller = Callers.current();
    String requestId = RequestIds.accepted(request.getHeaders().getFirst(RequestIds.HEADER));
    String id = requestId != null ? requestId : RequestIds.current();
    request.configureExecutionInput((input, builder) ->
        builder.graphQLContext(context -> context.put(RequestIds.CONTEXT_KEY, id)).build());
    return chain.next(request).doOnNext(response -> record(request, response, caller, id));
  }

  private void record(WebGraphQlRequest request, WebGraphQlResponse response, Caller caller, String requestId) {
    OperationDefinition operation = mutation(request);
    if (operation == null) {
      return;
    }
    for (var selection : operation.getSelectionSet().getSelections()) {
      if (!(selection instanceof Field field)) {
        continue;
      }
      String key = field.getResultKey();
      ResponseError error = response.getErrors().stream()
          .filter(e -> e.getParsedPath().isEmpty() || key.equals(e.getParsedPath().getFirst()))
          .findFirst().orElse(null);
      if (error == null && (!response.isValid() || field.getName().equals(SELF_RECORDING))) {
        continue;
      }
      String code = error == null ? null : String.valueOf(error.getExtensions().getOrDefault("code", error.getErrorType()));
      AuditOutcome outcome = code == null ? AuditOutcome.ACCEPTED
          : code.equals("FORBIDDEN") || code.equals("UNAUTHENTICATED") ? AuditOutcome.REFUSED : AuditOutcome.FAILED;
      List<String> identifiers = new ArrayList<>();
      field.getArguments().forEach(a -> flatten(a.getName(), value(a.getValue(), request.getVariables()), identifiers));
      trail.record(caller, requestId, field.getName(), outcome, identifiers,
          error == null ? null : code + ": " + error.getMessage());
    }
  }

  private static @Nullable OperationDefinition mutation(WebGraphQlRequest request) {
    Document document;
    try {
      document = Parser.parse(request.getDocument());
    } catch (RuntimeException e) {
      return null; // unparseable: nothing ran
    }
    for (var definition : document.getDefinitions()) {
      if (definition instanceof OperationDefinition op
          && (request.getOperationName() == null || request.getOperationName().equals(op.getName()))) {
        return op.getOperation() == OperationDefinition.Operation.MUTATION ? op : null;
      }
    }
    return null;
  }

  /** {@code key=value} for the identifying scalars under {@code path}. */
  @SuppressWarnings("unchecked")
  private static void flatten(String path, @Nullable Object value, List<String> into) {
    switch (value) {
      case Map<?, ?> map -> map.forEach((k, v) -> flatten(path + "." + k, v, into));
      case List<?> list -> {
        for (int i = 0; i < list.size(); i++) {
          flatten(path + "[" + i + "]", list.get(i), into);
        }
      }
      case null -> { }
      default -> {
        String name = path.substring(path.lastIndexOf('.') + 1);
        if (IDENTIFYING.contains(name)) {
          into.add(path + "=" + value);
        }
      }
    }
  }

  private static @Nullable Object value(Value<?> value, Map<String, Object> variables) {
    return switch (value) {
      case VariableReference ref -> variables.get(ref.getName());
      case StringValue s -> s.getValue();
      case EnumValue e -> e.getName();
      case IntValue i -> i.getValue();
      case FloatValue f -> f.getValue();
      case BooleanValue b -> b.isValue();
      case ArrayValue a -> a.getValues().stream().map(v -> value(v, variables)).toList();
      case ObjectValue o -> {
        Map<String, Object> map = new LinkedHashMap<>();
        o.getObjectFields().forEach(f -> map.put(f.getName(), value(f.getValue(), variables)));
        yield map;
      }
      default -> null;
    };
  }
}
