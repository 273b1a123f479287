package org.origingraph.provenance.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.origingraph.provenance.TraceDirection;
import org.origingraph.provenance.TruncationReason;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The batches a walk reached, by element id, and the MADE_FROM relationships leaving them in the
 * walk's direction: what is needed to tell the longest chain and why the walk stopped. Linear in the
 * batches and edges.
 *
 * @param rootId element id of the root batch
 * @param order the walked batches, root first, then upstream and downstream in breadth-first order
 * @param upstream the root and the batches reached upstream
 * @param downstream the root and the batches reached downstream
 * @param outEdges {@code [from, to, quantity, uom]} of MADE_FROM leaving {@code upstream} (in BOTH
 *     also {@code downstream}) towards inputs
 * @param inEdges the same for MADE_FROM arriving at {@code downstream}
 * @param limitHit whether a direction's search stopped at the node budget
 */
record Walk(
    String rootId,
    List<String> order,
    Set<String> upstream,
    Set<String> downstream,
    List<Value> outEdges,
    List<Value> inEdges,
    boolean limitHit) {

  static Walk of(Record row, int limit) {
    String rootId = row.get("root").asNode().elementId();
    List<String> up = row.get("up").asList(Value::asString);
    List<String> down = row.get("down").asList(Value::asString);
    Set<String> order = new LinkedHashSet<>(up.size() + down.size() + 1);
    order.add(rootId);
    order.addAll(up);
    order.addAll(down);
    Set<String> upstream = new HashSet<>(up);
    upstream.add(rootId);
    Set<String> downstream = new HashSet<>(down);
    downstream.add(rootId);
    return new Walk(rootId, List.copyOf(order), upstream, downstream,
        row.get("outEdges").asList(v -> v), row.get("inEdges").asList(v -> v),
        up.size() >= limit || down.size() >= limit);
  }

  /**
   * Why the walk holds less than everything reachable, given the batches kept in the answer.
   *
   * <p>An edge leaving the walked set in the walk's direction means that batches lay beyond it. If
   * it leaves from a batch {@code maxDepth} steps from the root the depth stopped it; otherwise (the
   * breadth-first search keeps the nearest batches) the node budget did.
   */
  Set<TruncationReason> truncation(TraceDirection direction, int maxDepth, int kept) {
    Set<TruncationReason> reasons = EnumSet.noneOf(TruncationReason.class);
    if (limitHit || kept < order.size()) {
      reasons.add(TruncationReason.MAX_NODES);
    }
    if (direction != TraceDirection.DOWNSTREAM && leavesAtDepth(outEdges, upstream, 0, 1, maxDepth)) {
      reasons.add(TruncationReason.MAX_DEPTH);
    }
    if (direction != TraceDirection.UPSTREAM && leavesAtDepth(inEdges, downstream, 1, 0, maxDepth)) {
      reasons.add(TruncationReason.MAX_DEPTH);
    }
    return reasons;
  }

  /** MADE_FROM edges, from output to input, between batches of {@code kept}; each pair once. */
  List<Value> madeFrom(Set<String> kept) {
    List<Value> edges = new ArrayList<>();
    Set<List<String>> seen = new HashSet<>();
    for (List<Value> list : List.of(outEdges, inEdges)) {
      for (Value edge : list) {
        String from = edge.get(0).asString();
        String to = edge.get(1).asString();
        if (kept.contains(from) && kept.contains(to) && seen.add(List.of(from, to))) {
          edges.add(edge);
        }
      }
    }
    return edges;
  }

  /** The longest MADE_FROM chain among {@code kept}, the root included. */
  int tiers(Set<String> kept) {
    Map<String, List<String>> inputsOf = new HashMap<>();
    for (Value edge : madeFrom(kept)) {
      inputsOf.computeIfAbsent(edge.get(0).asString(), k -> new ArrayList<>()).add(edge.get(1).asString());
    }
    return Tiers.longestChain(inputsOf, order);
  }

  private boolean leavesAtDepth(List<Value> edges, Set<String> walked, int near, int far, int maxDepth) {
    Map<String, List<String>> next = new HashMap<>();
    List<String> leaving = new ArrayList<>();
    for (Value edge : edges) {
      String from = edge.get(near).asString();
      String to = edge.get(far).asString();
      if (!walked.contains(from)) {
        continue;
      }
      if (walked.contains(to)) {
        next.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
      } else {
        leaving.add(from);
      }
    }
    if (leaving.isEmpty()) {
      return false;
    }
    Map<String, Integer> distance = distances(next);
    return leaving.stream().anyMatch(from -> distance.getOrDefault(from, maxDepth) >= maxDepth);
  }

  private Map<String, Integer> distances(Map<String, List<String>> next) {
    Map<String, Integer> distance = new HashMap<>();
    distance.put(rootId, 0);
    ArrayDeque<String> queue = new ArrayDeque<>(List.of(rootId));
    while (!queue.isEmpty()) {
      String batch = queue.poll();
      int d = distance.get(batch) + 1;
      for (String n : next.getOrDefault(batch, List.of())) {
        if (distance.putIfAbsent(n, d) == null) {
          queue.add(n);
        }
      }
    }
    return distance;
  }
}
