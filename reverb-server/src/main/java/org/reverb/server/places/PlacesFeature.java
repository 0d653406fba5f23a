package org.reverb.server.places;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.reverb.model.Place;
import org.reverb.server.Feature;
import org.reverb.server.Filters;
import org.reverb.store.EventQuery;
import org.reverb.store.EventStore;
import org.reverb.store.PlaceCount;

/**
 * {@code GET /api/places}: the map's data, the places of the matching events with their coordinates and counts, the
 * {@code limit} with most events (default {@value #DEFAULT_PLACES}).
 */
public final class PlacesFeature implements Feature {

  static final int DEFAULT_PLACES = 1000;

  /** A place as the API gives it; {@code lat} and {@code lon} are null when the gazetteer has none. */
  record PlaceJson(String name, String country, String admin1, Double lat, Double lon, String precision, long events,
      long fatalities) {

    static PlaceJson of(PlaceCount c) {
      Place p = c.place();
      return new PlaceJson(p.name(), p.country(), p.admin1(), p.lat(), p.lon(), p.precision().key(), c.events(),
          c.fatalities());
    }
  }

  private final EventStore store;

  public PlacesFeature(EventStore store) {
    this.store = store;
  }

  @Override
  public void register(Javalin app) {
    app.get("/api/places", this::list);
  }

  private void list(Context ctx) {
    EventQuery query = Filters.capped(ctx, DEFAULT_PLACES);
    List<PlaceJson> places = store.places(query, query.limit()).stream().map(PlaceJson::of).toList();
    ctx.json(Map.of("places", places));
  }
}
