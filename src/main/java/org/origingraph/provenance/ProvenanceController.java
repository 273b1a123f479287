package org.origingraph.provenance;

import java.util.Optional;

import org.origingraph.api.Arguments;
import org.origingraph.api.GlobalId;
import org.origingraph.gs1.Gtin;
import org.origingraph.gs1.Lot;
import org.origingraph.provenance.internal.WalkNodes;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The provenance walk and Relay node lookup. */
@Controller
class ProvenanceController {

  private final ProvenanceTracer tracer;
  private final Catalog catalog;

  ProvenanceController(ProvenanceTracer tracer, Catalog catalog) {
    this.tracer = tracer;
    this.catalog = catalog;
  }

  /**
   * Without {@code nodes} or {@code edges} in the selection, the count-only overview answers. A full
   * answer is attached to the request, for its nodes' nested fields to be answered from it.
   */
  @QueryMapping
  Optional<Provenance> provenance(
      @Argument String gtin, @Argument String lot, @Argument @Nullable TraceDirection direction,
      @Argument @Nullable Integer maxDepth, DataFetchingFieldSelectionSet selection, GraphQLContext context) {
    var root = new BatchKey(
        Arguments.parse("gtin", gtin, Gtin::parse).value(), Arguments.parse("lot", lot, Lot::parse).value());
    int depth = Arguments.inRange("maxDepth", maxDepth, 1, ProvenanceTracer.MAX_DEPTH, ProvenanceTracer.MAX_DEPTH);
    TraceDirection walk = direction == null ? TraceDirection.UPSTREAM : direction;
    if (selection.contains("nodes") || selection.contains("edges")) {
      Optional<Provenance> answer = tracer.trace(root, walk, depth);
      answer.ifPresent(p -> WalkNodes.attach(context, p));
      return answer;
    }
    return tracer.overview(root, walk, depth);
  }

  @QueryMapping
  Optional<GraphNode> node(@Argument String id) {
    return catalog.node(GlobalId.decode("id", id));
  }
}
