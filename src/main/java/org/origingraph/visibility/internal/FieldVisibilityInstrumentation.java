package org.origingraph.visibility.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import graphql.ExecutionResult;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import org.jspecify.annotations.Nullable;
import org.origingraph.provenance.GraphNode;
import org.origingraph.provenance.Provenance;
import org.origingraph.security.Caller;
import org.origingraph.visibility.internal.VisibilityRule.Level;
import org.springframework.stereotype.Component;

/**
 * The one place field visibility is enforced: wraps every data fetcher of every execution.
 *
 * <p>Before a field is fetched, its {@code @visibility} rule and its source object decide whether the
 * caller reads it; if not, the fetcher is not called at all (nothing withheld is even loaded), the
 * field is null and its path is recorded; a field with {@code roundTo} is fetched and rounded
 * instead. When a node (or a provenance graph) returns objects, the node is passed down as the
 * graphql-java local context, so that the fields of a value without identity (an address, an
 * input's quantity, an edge) know which node they belong to. At the end the recorded paths become
 * {@code extensions.withheld} and {@code extensions.rounded}.
 */
@Component
class FieldVisibilityInstrumentation implements Instrumentation {

  private final PartyScopes scopes;
  // By field definition (identity): read once per field of the schema, no key built per fetch.
  private final Map<GraphQLFieldDefinition, VisibilityRule> rules = new ConcurrentHashMap<>();

  FieldVisibilityInstrumentation(PartyScopes scopes) {
    this.scopes = scopes;
  }

  @Override
  public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
    Caller caller = parameters.getExecutionInput().getGraphQLContext().getOrDefault(Caller.class, Caller.ANONYMOUS);
    return new RequestVisibility(caller, scopes);
  }

  @Override
  public DataFetcher<?> instrumentDataFetcher(
      DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters, @Nullable InstrumentationState state) {
    if (!(state instanceof RequestVisibility request)) {
      return fetcher;
    }
    VisibilityRule rule = rules.computeIfAbsent(parameters.getField(), VisibilityRule::of);
    if (rule.level() == Level.PUBLIC && !rule.composite()) {
      // Everyone reads it and no node context passes below a scalar: the fetcher as it is, so that
      // graphql-java calls a property fetcher directly.
      return fetcher;
    }
    return env -> fetch(fetcher, env, request, rule);
  }

  private @Nullable Object fetch(
      DataFetcher<?> fetcher, DataFetchingEnvironment env, RequestVisibility request, VisibilityRule rule)
      throws Exception {
    Object source = env.getSource();
    if (rule.level() != Level.PUBLIC && !request.entitled(rule.level(), source, env.getLocalContext())) {
      if (rule.roundTo() != null) {
        request.rounded(env.getExecutionStepInfo().getPath());
        return rule.round(fetcher.get(env));
      }
      request.withheld(env.getExecutionStepInfo().getPath());
      return null;
    }
    Object value = fetcher.get(env);
    if (rule.composite() && (source instanceof GraphNode || source instanceof Provenance)) {
      return withContext(value, source);
    }
    return value;
  }

  /** {@code value} with {@code owner} as the local context its fields are fetched with. */
  private static @Nullable Object withContext(@Nullable Object value, Object owner) {
    return switch (value) {
      case null -> null;
      case CompletionStage<?> pending -> pending.thenApply(v -> withContext(v, owner));
      case DataFetcherResult<?> result -> result.getLocalContext() != null ? result
          : result.transform(b -> b.localContext(owner));
      default -> DataFetcherResult.newResult().data(value).localContext(owner).build();
    };
  }

  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(
      ExecutionResult result, InstrumentationExecutionParameters parameters, @Nullable InstrumentationState state) {
    if (!(state instanceof RequestVisibility request)) {
      return CompletableFuture.completedFuture(result);
    }
    List<List<Object>> withheld = request.withheldPaths();
    List<List<Object>> rounded = request.roundedPaths();
    if (withheld.isEmpty() && rounded.isEmpty()) {
      return CompletableFuture.completedFuture(result);
    }
    return CompletableFuture.completedFuture(result.transform(b -> {
      if (!withheld.isEmpty()) {
        b.addExtension("withheld", withheld);
      }
      if (!rounded.isEmpty()) {
        b.addExtension("rounded", rounded);
      }
    }));
  }
}
