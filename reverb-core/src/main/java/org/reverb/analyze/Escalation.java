package org.reverb.analyze;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.reverb.model.Event;

/**
 * The escalation between two parties.
 *
 * @param a the first party as asked
 * @param b the second party as asked
 * @param events their events in timeline order
 * @param days the days with events whose date is known to within {@link WeightedEscalationAnalyzer#MAX_SPAN_DAYS}
 *     days, in order (days without events are not listed; they count as 0 in the trend)
 * @param unplaced events left out of the series: undated, open-ended or too vague
 * @param slope least-squares slope of the daily total intensity, per day, over every day from the first to the
 *     last of {@code days}
 * @param trend what the slope says
 * @param steps the hostile events more intense than all before them, or answering the other side
 */
public record Escalation(String a, String b, List<Event> events, List<DayIntensity> days, int unplaced,
    double slope, Trend trend, List<EscalationStep> steps) {

  /** The direction of the series. */
  public enum Trend {
    ESCALATING, STABLE, DE_ESCALATING,
    /** Fewer than two days in the series. */
    TOO_FEW_DAYS;

    public String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public Escalation {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(trend, "trend");
    events = List.copyOf(events);
    days = List.copyOf(days);
    steps = List.copyOf(steps);
  }

  /** The steps where one side answers the other. */
  public List<EscalationStep> reciprocalSteps() {
    return steps.stream().filter(EscalationStep::reciprocal).toList();
  }
}
