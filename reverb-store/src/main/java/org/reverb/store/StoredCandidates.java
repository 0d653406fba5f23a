package org.reverb.store;

import java.util.List;
import org.reverb.model.Event;
import org.reverb.resolve.EventCandidates;

/**
 * Candidates from a store: stored events of the same type whose interval comes within
 * {@link EventCandidates#WINDOW_DAYS} days of the new event's, in its country or with no country. Stored undated
 * events are candidates only for undated new events (the store's date filters leave them out); an undated or
 * open-ended new event reads every stored event of its type on the open side.
 */
public final class StoredCandidates implements EventCandidates {

  private final EventStore store;

  public StoredCandidates(EventStore store) {
    this.store = store;
  }

  @Override
  public List<Event> near(Event e) {
    var from = e.date() == null || e.date().earliest() == null ? null : e.date().earliest().minusDays(WINDOW_DAYS);
    var to = e.date() == null || e.date().latest() == null ? null : e.date().latest().plusDays(WINDOW_DAYS);
    String country = country(e);
    return store.events(new EventQuery(e.type(), null, null, from, to, 0, 0)).stream()
        .filter(s -> country == null || country(s) == null || country.equals(country(s)))
        .toList();
  }

  private static String country(Event e) {
    return e.place() == null ? null : e.place().country();
  }
}
