package org.reverb.store;

import java.time.LocalDate;
import org.reverb.model.EventType;

/**
 * Filters for {@link EventStore#events}; a {@code null} filter matches everything.
 *
 * @param type only events of this type
 * @param actor events whose actor or target has this id or name (case-insensitive)
 * @param country events whose place is in this ISO3 country
 * @param from events whose date interval reaches this day or later
 * @param to events whose date interval starts on this day or earlier
 * @param limit at most this many events, or 0 for all
 * @param offset skip this many first
 */
public record EventQuery(EventType type, String actor, String country, LocalDate from, LocalDate to,
    int limit, int offset) {

  public static final EventQuery ALL = new EventQuery(null, null, null, null, null, 0, 0);

  public EventQuery {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must not be negative");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
  }
}
