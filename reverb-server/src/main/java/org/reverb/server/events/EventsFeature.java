package org.reverb.server.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.reverb.json.EventJson;
import org.reverb.model.Event;
import org.reverb.server.Feature;
import org.reverb.server.Filters;
import org.reverb.store.EventQuery;
import org.reverb.store.EventStore;

/** {@code GET /api/events} (filtered, paged, with the total) and {@code GET /api/events/{id}}. */
public final class EventsFeature implements Feature {

  private final EventStore store;

  public EventsFeature(EventStore store) {
    this.store = store;
  }

  @Override
  public void register(Javalin app) {
    app.get("/api/events", this::list);
    app.get("/api/events/{id}", this::one);
  }

  private void list(Context ctx) {
    EventQuery query = Filters.paged(ctx);
    ObjectNode page = EventJson.MAPPER.createObjectNode();
    page.put("total", store.count(query));
    page.put("limit", query.limit());
    page.put("offset", query.offset());
    ArrayNode events = page.putArray("events");
    store.events(query).forEach(e -> events.add(EventJson.toJson(e)));
    ctx.json(page);
  }

  private void one(Context ctx) {
    String id = ctx.pathParam("id");
    Event event = store.event(id).orElseThrow(() -> new NotFoundResponse("no event with id '" + id + "'"));
    ctx.json(EventJson.toJson(event));
  }
}
