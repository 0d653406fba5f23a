package org.reverb.server.graph;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reverb.model.Actor;
import org.reverb.server.Feature;
import org.reverb.server.Filters;
import org.reverb.store.EventQuery;
import org.reverb.store.EventStore;
import org.reverb.store.PairCount;

/**
 * {@code GET /api/graph}: who acts on whom. Edges go from actor to target, weighted by the number of matching events
 * that name both, the heaviest {@code limit} of them (default {@value #DEFAULT_EDGES}); nodes are their ends.
 */
public final class GraphFeature implements Feature {

  static final int DEFAULT_EDGES = 300;

  /** An actor in the graph, with the events on its edges. */
  record Node(String id, String name, String kind, String country, long events) {}

  /** Events from {@code source} to {@code target}. */
  record Edge(String source, String target, long events, long fatalities) {}

  record Graph(List<Node> nodes, List<Edge> edges) {}

  private final EventStore store;

  public GraphFeature(EventStore store) {
    this.store = store;
  }

  @Override
  public void register(Javalin app) {
    app.get("/api/graph", this::graph);
  }

  private void graph(Context ctx) {
    EventQuery query = Filters.capped(ctx, DEFAULT_EDGES);
    ctx.json(graph(store.pairs(query, query.limit())));
  }

  static Graph graph(List<PairCount> pairs) {
    Map<String, Actor> actors = new LinkedHashMap<>();
    Map<String, Long> events = new LinkedHashMap<>();
    List<Edge> edges = new ArrayList<>();
    for (PairCount p : pairs) {
      for (Actor a : new Actor[] {p.actor(), p.target()}) {
        actors.putIfAbsent(a.id(), a);
        events.merge(a.id(), p.events(), Long::sum);
      }
      edges.add(new Edge(p.actor().id(), p.target().id(), p.events(), p.fatalities()));
    }
    List<Node> nodes = actors.values().stream()
        .map(a -> new Node(a.id(), a.name(), a.kind().key(), a.country(), events.get(a.id()))).toList();
    return new Graph(nodes, edges);
  }
}
