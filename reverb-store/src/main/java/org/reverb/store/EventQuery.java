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
 * @param mode only events of this mode (as {@link EventType#modes()} names them)
 * @param target events whose target has this id (case-insensitive)
 * @param text events one of whose source sentences, or whose actor's or target's id, contains these words
 *     (case-insensitive, as one phrase)
 */
public record EventQuery(EventType type, String actor, String country, LocalDate from, LocalDate to,
    int limit, int offset, String mode, String target, String text) {

  public static final EventQuery ALL = new EventQuery(null, null, null, null, null, 0, 0);

  public EventQuery {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must not be negative");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
    mode = blankToNull(mode);
    target = blankToNull(target);
    text = blankToNull(text);
  }

  /** The filters of the first release: no mode, target or text filter. */
  public EventQuery(EventType type, String actor, String country, LocalDate from, LocalDate to, int limit,
      int offset) {
    this(type, actor, country, from, to, limit, offset, null, null, null);
  }

  /** The same filters, one page of results. */
  public EventQuery page(int limit, int offset) {
    return new EventQuery(type, actor, country, from, to, limit, offset, mode, target, text);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
