package org.reverb.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reverb.model.DateSpan;
import org.reverb.model.Event;
import org.reverb.model.Link;

/**
 * A story's events in date order, where dates are intervals of different precision:
 * <ol>
 *   <li>an event with both ends known sorts by its first day, then its last day (the narrower first);
 *   <li>an event open at the start ("an earlier attack", {@code …..L}) happened before the story's recent news: it
 *       sorts just before the events that start in the {@value #HORIZON_DAYS} days up to {@code L}, or at
 *       {@code L} when there are none;
 *   <li>an event open at the end (planned, threatened or possible: {@code E..…}) has not happened yet: it sorts
 *       just after the events that start in the {@value #HORIZON_DAYS} days from {@code E}, or at {@code E};
 *   <li>undated events come last.
 * </ol>
 * Ties keep this order: open start, closed, open end; then the last day, then the id. Last, an event that answers
 * another (a {@code response_to} or {@code retaliation_for} link) comes after it when their dates overlap.
 */
public final class Timeline {

  /** How far an open-ended event reaches to find the news it comes before or after. */
  public static final int HORIZON_DAYS = 14;

  private record Key(int dated, LocalDate anchor, int rank, LocalDate latest, String id) {}

  private static final Comparator<Key> ORDER = Comparator.comparingInt(Key::dated)
      .thenComparing(Key::anchor, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparingInt(Key::rank)
      .thenComparing(Key::latest, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Key::id);

  private Timeline() {}

  /** The events in timeline order. */
  public static List<Event> order(List<Event> events) {
    List<LocalDate> starts = new ArrayList<>();
    for (Event e : events) {
      if (closed(e.date())) {
        starts.add(e.date().earliest());
      }
    }
    Map<Event, Key> keys = new HashMap<>();
    for (Event e : events) {
      keys.put(e, key(e, starts));
    }
    List<Event> out = new ArrayList<>(events);
    out.sort(Comparator.comparing(keys::get, ORDER));
    answersAfterAnswered(out);
    return out;
  }

  /**
   * Moves each event that links to a later one whose date overlaps its own to just after it, as the text says it
   * answers it. Bounded passes, so that contradictory links across articles cannot loop.
   */
  private static void answersAfterAnswered(List<Event> out) {
    for (int pass = 0; pass < out.size(); pass++) {
      boolean moved = false;
      for (int i = 0; i < out.size() && !moved; i++) {
        Event e = out.get(i);
        for (Link l : e.links()) {
          int j = indexOf(out, l.event());
          if (j > i && overlap(e.date(), out.get(j).date())) {
            out.remove(i);
            out.add(j, e);
            moved = true;
            break;
          }
        }
      }
      if (!moved) {
        return;
      }
    }
  }

  private static int indexOf(List<Event> events, String id) {
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean overlap(DateSpan a, DateSpan b) {
    return a == null || b == null || a.overlaps(b);
  }

  private static Key key(Event e, List<LocalDate> starts) {
    DateSpan d = e.date();
    if (d == null) {
      return new Key(1, null, 0, null, e.id());
    }
    if (closed(d)) {
      return new Key(0, d.earliest(), 1, d.latest(), e.id());
    }
    if (d.earliest() == null) {
      LocalDate anchor = d.latest();
      for (LocalDate s : starts) {
        if (!s.isAfter(d.latest()) && !s.isBefore(d.latest().minusDays(HORIZON_DAYS)) && s.isBefore(anchor)) {
          anchor = s;
        }
      }
      return new Key(0, anchor, 0, d.latest(), e.id());
    }
    LocalDate anchor = d.earliest();
    for (LocalDate s : starts) {
      if (!s.isBefore(d.earliest()) && !s.isAfter(d.earliest().plusDays(HORIZON_DAYS)) && s.isAfter(anchor)) {
        anchor = s;
      }
    }
    return new Key(0, anchor, 2, null, e.id());
  }

  private static boolean closed(DateSpan d) {
    return d != null && d.earliest() != null && d.latest() != null;
  }
}
