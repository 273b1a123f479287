package org.origingraph.api.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Definition;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import org.jspecify.annotations.Nullable;
import org.origingraph.api.CallerRoles;
import org.origingraph.api.ErrorCode;

/**
 * Refuses, before anything runs, a document with too many aliases (right after parsing, before
 * validation) and an operation that costs more than the caller's budget (after validation, before the
 * first data fetcher). Both answer {@link ErrorCode#QUERY_TOO_COMPLEX} with {@code extensions.limit}
 * naming the limit and {@code actual} and {@code maximum} the figures.
 *
 * <p>Aliases are what lets one request repeat an expensive field ({@code a1: provenance(...) a2:
 * provenance(...)}), so they are counted on the syntax tree, which costs a walk of the document and no
 * schema work. The budget is that of the caller's roles ({@link CallerRoles}), put in the GraphQL
 * context by {@link CallerRolesInterceptor}; without it, the current security context decides, and a
 * caller nobody identified is {@code PUBLIC}. Stateless and thread-safe.
 */
final class QueryCostInstrumentation extends SimplePerformantInstrumentation {

  /** GraphQL context key of the caller's role names, a {@code Set<String>}. */
  static final String ROLES = QueryCostInstrumentation.class.getName() + ".roles";

  private final QueryLimitsConfiguration.QueryLimits limits;
  private final QueryCost cost;

  QueryCostInstrumentation(QueryLimitsConfiguration.QueryLimits limits) {
    this.limits = limits;
    this.cost = new QueryCost(limits.cost());
  }

  @Override
  public DocumentAndVariables instrumentDocumentAndVariables(
      DocumentAndVariables documentAndVariables, InstrumentationExecutionParameters parameters, InstrumentationState state) {
    int aliases = aliases(documentAndVariables.getDocument().getDefinitions());
    if (aliases > limits.maxAliases()) {
      throw refusal("The document has " + aliases + " aliases; at most " + limits.maxAliases() + " are allowed",
          "aliases", aliases, limits.maxAliases());
    }
    return documentAndVariables;
  }

  @Override
  public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    ExecutionContext execution = parameters.getExecutionContext();
    Set<String> roles = roles(execution.getGraphQLContext());
    long budget = budget(roles);
    long actual = cost.of(execution.getGraphQLSchema(), execution.getDocument(),
        execution.getExecutionInput().getOperationName(), execution.getCoercedVariables());
    if (actual > budget) {
      throw refusal("The query costs " + (actual == Long.MAX_VALUE ? "too much to count" : actual)
          + "; a " + String.join("/", roles.isEmpty() ? Set.of("authenticated") : roles) + " caller may spend "
          + budget + " on one query. Ask for fewer provenance walks, smaller pages (first) or fewer fields",
          "cost", actual, budget);
    }
    return null;
  }

  /** The largest budget of the caller's roles; {@code maxComplexity} when none has one. */
  long budget(Set<String> roles) {
    return roles.stream().map(limits.budgets()::get).filter(b -> b != null).mapToLong(Integer::longValue)
        .max().orElse(limits.maxComplexity());
  }

  @SuppressWarnings("unchecked")
  private static Set<String> roles(GraphQLContext context) {
    Object roles = context.get(ROLES);
    return roles instanceof Set<?> set ? (Set<String>) set : CallerRoles.current();
  }

  /** Aliased fields in all operations and fragments, counted once where they are written. */
  static int aliases(List<Definition> definitions) {
    Deque<SelectionSet> pending = new ArrayDeque<>();
    for (Definition<?> definition : definitions) {
      if (definition instanceof OperationDefinition operation) {
        pending.push(operation.getSelectionSet());
      } else if (definition instanceof FragmentDefinition fragment) {
        pending.push(fragment.getSelectionSet());
      }
    }
    int count = 0;
    while (!pending.isEmpty()) {
      for (Selection<?> selection : pending.pop().getSelections()) {
        if (selection instanceof Field field) {
          count += field.getAlias() != null ? 1 : 0;
          if (field.getSelectionSet() != null) {
            pending.push(field.getSelectionSet());
          }
        } else if (selection instanceof InlineFragment inline) {
          pending.push(inline.getSelectionSet());
        }
      }
    }
    return count;
  }

  /** A refusal naming {@code limit}; graphql-java turns it into the answer's only error. */
  static AbortExecutionException refusal(String message, String limit, long actual, long maximum) {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("code", ErrorCode.QUERY_TOO_COMPLEX.name());
    extensions.put("limit", limit);
    extensions.put("actual", actual);
    extensions.put("maximum", maximum);
    return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
        .message(message).errorType(graphql.ErrorType.ExecutionAborted).extensions(extensions).build()));
  }
}
