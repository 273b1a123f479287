package org.origingraph.epcis.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.origingraph.gs1.DigitalLink;
import org.origingraph.provenance.BatchKey;
import org.origingraph.provenance.CapturedGraph;
import org.origingraph.provenance.Catalog;
import org.origingraph.provenance.Ownership;
import org.origingraph.provenance.ProvenanceTracer;
import org.origingraph.provenance.TraceDirection;
import org.origingraph.security.Caller;
import org.origingraph.security.Role;
import org.springframework.stereotype.Component;

/**
 * Which events a caller reads, by the party rule of docs/access.md: REGULATOR and ADMIN all of them;
 * anyone else the events at or between its organisation's locations (a {@code bizLocation},
 * {@code readPoint}, source or destination that is the organisation's by {@link Ownership}'s rules);
 * an IMPORTER also every event that touched a batch in the upstream of a batch shipped to one of its
 * facilities, which is what it must answer for.
 *
 * <p>Computed per read: two statements for the locations and, for an importer, one for what was
 * shipped to it and one upstream walk per received batch. Thread-safe.
 */
@Component
public class EventScopes {

  private static final String SITE = DigitalLink.GS1_RESOLVER + "/414/";
  private static final String PARTY = DigitalLink.GS1_RESOLVER + "/417/";

  /**
   * What a scoped caller reads, as statement parameters: stored location identifiers (canonical
   * Digital Links) starting with one of {@code prefixes} and none of {@code excepted}, or events that
   * TOUCHED one of the batch nodes {@code batches}.
   */
  public record Scope(List<String> prefixes, List<String> excepted, List<String> batches) {

    Map<String, Object> toMap() {
      return Map.of("prefixes", prefixes, "excepted", excepted, "batches", batches);
    }
  }

  private final Ownership ownership;
  private final Catalog catalog;
  private final ProvenanceTracer tracer;
  private final CapturedGraph graph;

  EventScopes(Ownership ownership, Catalog catalog, ProvenanceTracer tracer, CapturedGraph graph) {
    this.ownership = ownership;
    this.catalog = catalog;
    this.tracer = tracer;
    this.graph = graph;
  }

  /** The scope of {@code caller}; {@code null} for one who reads every event. */
  public @Nullable Scope of(Caller caller) {
    if (caller.seesEverything()) {
      return null;
    }
    String organization = caller.organization();
    if (organization == null) {
      return new Scope(List.of(), List.of(), List.of()); // never reached: reads need a key
    }
    Ownership.Locations own = ownership.locationsOf(organization);
    List<String> prefixes = new ArrayList<>(List.of(SITE + own.companyPrefix(), PARTY + own.companyPrefix()));
    own.glns().stream().filter(g -> !g.startsWith(own.companyPrefix())).forEach(g -> {
      prefixes.add(SITE + g);
      prefixes.add(PARTY + g);
    });
    List<String> excepted = new ArrayList<>();
    own.excepted().forEach(g -> {
      excepted.add(SITE + g);
      excepted.add(PARTY + g);
    });
    List<String> batches = caller.role() == Role.IMPORTER ? upstreamNodes(own.glns()) : List.of();
    return new Scope(List.copyOf(prefixes), List.copyOf(excepted), batches);
  }

  private List<String> upstreamNodes(Set<String> facilities) {
    Set<BatchKey> upstream = new HashSet<>();
    for (BatchKey received : catalog.batchesShippedTo(facilities)) {
      tracer.reachableBatches(received, TraceDirection.UPSTREAM, ProvenanceTracer.MAX_DEPTH).ifPresent(upstream::addAll);
    }
    return upstream.isEmpty() ? List.of() : List.copyOf(graph.nodeIds(upstream).values());
  }
}
