package org.reverb.server.actors;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.reverb.model.Actor;
import org.reverb.server.Feature;
import org.reverb.server.Filters;
import org.reverb.store.ActorCount;
import org.reverb.store.EventStore;

/** {@code GET /api/actors}: the actors and targets of the matching events, with their event counts. */
public final class ActorsFeature implements Feature {

  /** One actor as the API gives it. */
  record ActorJson(String id, String name, String kind, String country, String sponsor, long events, long asActor,
      long asTarget) {

    static ActorJson of(ActorCount c) {
      Actor a = c.actor();
      return new ActorJson(a.id(), a.name(), a.kind().key(), a.country(), a.sponsor(), c.events(), c.asActor(),
          c.asTarget());
    }
  }

  private final EventStore store;

  public ActorsFeature(EventStore store) {
    this.store = store;
  }

  @Override
  public void register(Javalin app) {
    app.get("/api/actors", this::list);
  }

  private void list(Context ctx) {
    List<ActorJson> actors = store.actors(Filters.of(ctx)).stream().map(ActorJson::of).toList();
    ctx.json(Map.of("actors", actors));
  }
}
