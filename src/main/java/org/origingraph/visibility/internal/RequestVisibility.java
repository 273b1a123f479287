package org.origingraph.visibility.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import graphql.execution.ResultPath;
import graphql.execution.instrumentation.InstrumentationState;
import org.jspecify.annotations.Nullable;
import org.origingraph.provenance.Certificate;
import org.origingraph.provenance.GraphNode;
import org.origingraph.provenance.Provenance;
import org.origingraph.provenance.ProvenanceEdge;
import org.origingraph.provenance.RelationKind;
import org.origingraph.security.Caller;
import org.origingraph.visibility.internal.VisibilityRule.Level;

/**
 * One execution's view: the caller, its party scope (computed on first need, at most once), and the
 * paths withheld or rounded so far. Data fetchers may run on several threads; every method is
 * thread-safe.
 */
final class RequestVisibility implements InstrumentationState {

  private final Caller caller;
  private final PartyScopes scopes;
  private @Nullable PartyScope scope;
  // A scope that failed (an importer's walks ran out of time) fails every PARTY field of the request
  // at once, instead of being computed again for each.
  private @Nullable RuntimeException scopeFailure;
  private final Map<Provenance, ProvenanceIndex> indexes = new IdentityHashMap<>();
  private final ConcurrentLinkedQueue<ResultPath> withheld = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<ResultPath> rounded = new ConcurrentLinkedQueue<>();

  RequestVisibility(Caller caller, PartyScopes scopes) {
    this.caller = caller;
    this.scopes = scopes;
  }

  /**
   * Whether the caller reads a field of {@code level} whose source object is {@code source}, reached
   * below {@code context}: the nearest node (or provenance graph) above the source.
   */
  boolean entitled(Level level, @Nullable Object source, @Nullable Object context) {
    if (level == Level.PUBLIC || caller.seesEverything()) {
      return true;
    }
    if (level == Level.REGULATOR || caller.isAnonymous()) {
      return false;
    }
    if (source instanceof GraphNode node) {
      return partyTo(node, context);
    }
    if (source instanceof ProvenanceEdge edge && context instanceof Provenance provenance) {
      // An edge is the record of the node it starts at: a batch's recipe, a shipment's manifest.
      GraphNode from = index(provenance).nodes().get(edge.from());
      return from != null && partyTo(from, context);
    }
    // A value without identity (an address, a position, an input with its quantity) belongs to the
    // node it hangs off.
    return context instanceof GraphNode owner && partyTo(owner, null);
  }

  private boolean partyTo(GraphNode node, @Nullable Object context) {
    PartyScope parties = scope();
    if (parties.includes(node)) {
      return true;
    }
    if (node instanceof Certificate certificate) {
      if (context instanceof GraphNode subject && !(subject instanceof Certificate)) {
        return parties.includes(subject);
      }
      if (context instanceof Provenance provenance) {
        ProvenanceIndex index = index(provenance);
        return index.subjects().getOrDefault(certificate.id(), List.of()).stream()
            .map(index.nodes()::get)
            .anyMatch(subject -> subject != null && parties.includes(subject));
      }
    }
    return false;
  }

  private synchronized PartyScope scope() {
    if (scope == null) {
      if (scopeFailure != null) {
        throw scopeFailure;
      }
      try {
        scope = scopes.of(caller);
      } catch (RuntimeException e) {
        scopeFailure = e;
        throw e;
      }
    }
    return scope;
  }

  private synchronized ProvenanceIndex index(Provenance provenance) {
    return indexes.computeIfAbsent(provenance, ProvenanceIndex::of);
  }

  void withheld(ResultPath path) {
    withheld.add(path);
  }

  void rounded(ResultPath path) {
    rounded.add(path);
  }

  /** The withheld paths, each as a list of keys and indexes like an error's {@code path}, in result order. */
  List<List<Object>> withheldPaths() {
    return sorted(withheld);
  }

  List<List<Object>> roundedPaths() {
    return sorted(rounded);
  }

  private static List<List<Object>> sorted(ConcurrentLinkedQueue<ResultPath> paths) {
    List<List<Object>> list = new ArrayList<>();
    paths.forEach(p -> list.add(p.toList()));
    list.sort(RequestVisibility::compare);
    return list;
  }

  private static int compare(List<Object> a, List<Object> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      Object x = a.get(i);
      Object y = b.get(i);
      int c = x instanceof Integer m && y instanceof Integer n ? Integer.compare(m, n)
          : String.valueOf(x).compareTo(String.valueOf(y));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** A provenance graph's nodes by id, and each certificate's subjects. */
  record ProvenanceIndex(Map<String, GraphNode> nodes, Map<String, List<String>> subjects) {
    static ProvenanceIndex of(Provenance provenance) {
      Map<String, GraphNode> nodes = new HashMap<>();
      provenance.nodes().forEach(n -> nodes.put(n.id(), n));
      Map<String, List<String>> subjects = new HashMap<>();
      for (ProvenanceEdge edge : provenance.edges()) {
        if (edge.kind() == RelationKind.CERTIFIES) {
          subjects.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to());
        }
      }
      return new ProvenanceIndex(nodes, subjects);
    }
  }

}
