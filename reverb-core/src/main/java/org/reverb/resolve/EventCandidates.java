package org.reverb.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reverb.model.DateSpan;
import org.reverb.model.Event;

/**
 * The events already resolved (stored, or seen earlier in a run) that might be the same real event as a new one,
 * for {@link IncrementalEventResolver}.
 *
 * <p>Implementations return at least every known event of the same type whose date interval comes within
 * {@link #WINDOW_DAYS} days of the new event's (an open end is open; an undated new event has no date bound) and
 * whose place is in the new event's country when both are known; they may return more, since the resolver scores
 * each candidate. Order does not matter.
 */
public interface EventCandidates {

  /** How many days before and after a new event's interval candidates are looked for. */
  int WINDOW_DAYS = 7;

  List<Event> near(Event e);

  /** The first day of the window around {@code date}, or {@code null} when it has no lower bound. */
  static LocalDate windowFrom(DateSpan date) {
    return date == null || date.earliest() == null ? null : date.earliest().minusDays(WINDOW_DAYS);
  }

  /** The last day of the window around {@code date}, or {@code null} when it has no upper bound. */
  static LocalDate windowTo(DateSpan date) {
    return date == null || date.latest() == null ? null : date.latest().plusDays(WINDOW_DAYS);
  }

  /** Whether two events are placed in the same country, or one of them has no country. */
  static boolean sameCountryWhenKnown(Event a, Event b) {
    String x = a.place() == null ? null : a.place().country();
    String y = b.place() == null ? null : b.place().country();
    return x == null || y == null || x.equals(y);
  }

  /**
   * Candidates from the events resolved so far in one process, kept in memory; {@link #add} merges an event into
   * a known one of the same id by {@link SimilarityEventResolver#mostSpecific}, as the store does. Not thread-safe.
   */
  final class InMemory implements EventCandidates {

    private final Map<String, Event> events = new LinkedHashMap<>();

    /** Records resolved events, merging each into the known event of its id. */
    public void add(List<Event> resolved) {
      for (Event e : resolved) {
        events.merge(e.id(), e, SimilarityEventResolver::mostSpecific);
      }
    }

    /** Every event recorded, merged, in the order first seen. */
    public List<Event> events() {
      return List.copyOf(events.values());
    }

    @Override
    public List<Event> near(Event e) {
      List<Event> out = new ArrayList<>();
      for (Event known : events.values()) {
        if (known.type() == e.type() && EventCandidates.sameCountryWhenKnown(known, e) && inWindow(known.date(), e.date())) {
          out.add(known);
        }
      }
      return out;
    }

    private static boolean inWindow(DateSpan known, DateSpan wanted) {
      if (wanted == null) {
        return true;
      }
      if (known == null) {
        return false;
      }
      LocalDate from = windowFrom(wanted);
      LocalDate to = windowTo(wanted);
      return (from == null || known.latest() == null || !known.latest().isBefore(from))
          && (to == null || known.earliest() == null || !known.earliest().isAfter(to));
    }
  }
}
