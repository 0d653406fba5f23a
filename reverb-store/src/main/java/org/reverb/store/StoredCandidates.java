package org.reverb.store;

import java.util.List;
import java.util.function.Function;
import org.reverb.model.Event;
import org.reverb.resolve.EventCandidates;

/**
 * Candidates from a store: stored events of the same type whose interval comes within
 * {@link EventCandidates#WINDOW_DAYS} days of the new event's, in its country or with no country. Stored undated
 * events are candidates only for undated new events (the store's date filters leave them out); an undated or
 * open-ended new event reads every stored event of its type on the open side.
 */
public final class StoredCandidates implements EventCandidates {

  private final Function<EventQuery, List<Event>> events;

  public StoredCandidates(EventStore store) {
    this(store::events);
  }

  /** Candidates from any reader of stored events, such as a store's own write transaction. */
  StoredCandidates(Function<EventQuery, List<Event>> events) {
    this.events = events;
  }

  @Override
  public List<Event> near(Event e) {
    EventQuery query = new EventQuery(e.type(), null, null, EventCandidates.windowFrom(e.date()),
        EventCandidates.windowTo(e.date()), 0, 0);
    return events.apply(query).stream().filter(s -> EventCandidates.sameCountryWhenKnown(e, s)).toList();
  }
}
