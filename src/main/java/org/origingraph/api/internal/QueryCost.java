package org.origingraph.api.internal;

import java.util.HashMap;
import java.util.Map;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

/**
 * What a query costs before it runs, weighted by what its fields cost to answer.
 *
 * <p>A field costs its own weight plus its selection's cost times the number of items it may return:
 * a scalar or enum {@code leaf}, an object {@code object}, a field named in {@code fields} its
 * configured weight ({@code Query.provenance}: a walk over the whole chain costs far more than a
 * name). The items of a list are the {@code first} argument of the connection it belongs to (or the
 * default page size), else its configured maximum in {@code listSizes}, else the default list size.
 * Where a list holds several types (an interface or union), the dearest type's fragment counts for
 * every item, so the cost is an upper bound. {@code __typename} is free;
 * introspection fields count as leaves and never multiply, so GraphiQL's schema query stays cheap.
 *
 * <p>Arithmetic saturates at {@link Long#MAX_VALUE}: nested pages cannot overflow into a small cost.
 * Stateless and thread-safe.
 */
final class QueryCost {

  private final QueryLimitsConfiguration.Cost weights;

  QueryCost(QueryLimitsConfiguration.Cost weights) {
    this.weights = weights;
  }

  /** The cost of the operation {@code operationName} (the only one when null) of a validated document. */
  long of(GraphQLSchema schema, Document document, @Nullable String operationName, CoercedVariables variables) {
    Map<@Nullable QueryVisitorFieldEnvironment, Selection> byParent = new HashMap<>();
    QueryTraverser.newQueryTraverser().schema(schema).document(document).operationName(operationName)
        .coercedVariables(variables).build()
        .visitPostOrder(new QueryVisitorStub() {
          @Override
          public void visitField(QueryVisitorFieldEnvironment env) {
            if (env.isTypeNameIntrospectionField()) {
              return; // free, and without a fields container to ask about
            }
            Selection own = byParent.get(env);
            long cost = field(env, own == null ? 0 : own.cost());
            QueryVisitorFieldEnvironment parent = env.getParentEnvironment();
            // Fields of one concrete type of an interface or union apply only to items of that type.
            GraphQLFieldsContainer container = env.getFieldsContainer();
            String type = container instanceof GraphQLObjectType && parent != null
                && !container.getName().equals(GraphQLTypeUtil.unwrapAll(parent.getFieldDefinition().getType()).getName())
                ? container.getName() : null;
            byParent.computeIfAbsent(parent, p -> new Selection()).add(type, cost);
          }
        });
    Selection root = byParent.get(null);
    return root == null ? 0 : root.cost();
  }

  /** A selection set's cost: what all items pay, plus the dearest of the type-specific parts. */
  private static final class Selection {
    private long common;
    private final Map<String, Long> byType = new HashMap<>();

    void add(@Nullable String type, long cost) {
      if (type == null) {
        common = QueryCost.add(common, cost);
      } else {
        byType.merge(type, cost, QueryCost::add);
      }
    }

    long cost() {
      return QueryCost.add(common, byType.values().stream().mapToLong(Long::longValue).max().orElse(0));
    }
  }

  private long field(QueryVisitorFieldEnvironment env, long selection) {
    String name = env.getFieldsContainer().getName() + "." + env.getField().getName();
    GraphQLType type = env.getFieldDefinition().getType();
    boolean composite = GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLCompositeType;
    if (env.getFieldsContainer().getName().startsWith("__") || env.getField().getName().startsWith("__")) {
      return add(weights.leaf(), selection);
    }
    long own = weights.fields().getOrDefault(name, composite ? weights.object() : weights.leaf());
    long items = isList(type) && composite ? items(env, name) : 1;
    return add(own, multiply(items, selection));
  }

  private long items(QueryVisitorFieldEnvironment env, String name) {
    QueryVisitorFieldEnvironment parent = env.getParentEnvironment();
    // XConnection.edges: as many as the connection field's `first` asks for.
    if (parent != null && parent.getFieldDefinition().getArgument("first") != null) {
      Object first = parent.getArguments().get("first");
      return first instanceof Number n ? Math.max(0, n.longValue()) : weights.defaultPageSize();
    }
    return weights.listSizes().getOrDefault(name, weights.defaultListSize());
  }

  private static boolean isList(GraphQLType type) {
    GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
    return unwrapped instanceof GraphQLList;
  }

  private static long add(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  private static long multiply(long a, long b) {
    try {
      return Math.multiplyExact(a, b);
    } catch (ArithmeticException overflow) {
      return Long.MAX_VALUE;
    }
  }
}
