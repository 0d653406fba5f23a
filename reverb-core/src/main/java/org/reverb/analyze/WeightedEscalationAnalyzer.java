package org.reverb.analyze;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reverb.model.Actor;
import org.reverb.model.DateSpan;
import org.reverb.model.Event;
import org.reverb.model.Link;
import org.reverb.story.Timeline;

/**
 * Escalation from {@link EscalationWeights}. An event lands on one day of the series: the middle of its date
 * interval (the earlier middle day for an even span) when the interval is closed and at most
 * {@value #MAX_SPAN_DAYS} days long; others are counted as unplaced. The trend is the least-squares slope of the
 * daily total over every day from the first to the last in the series: above {@value #FLAT} per day escalating,
 * below −{@value #FLAT} de-escalating, stable between. A step is a hostile event (intensity above 0) between two
 * parties that is more intense than every earlier one between them, or that one party aims at the other after a
 * hostile event of the other aimed at it: the one it links to (response_to, retaliation_for) when there is one, else
 * the other's latest.
 */
public final class WeightedEscalationAnalyzer implements EscalationAnalyzer {

  /** The longest date interval that still lands on one day of the series. */
  public static final int MAX_SPAN_DAYS = 14;

  /** The slope, in intensity per day, below which a series is stable. */
  public static final double FLAT = 0.05;

  private final EscalationWeights weights;

  public WeightedEscalationAnalyzer(EscalationWeights weights) {
    this.weights = weights;
  }

  /** With the bundled weights. */
  public static WeightedEscalationAnalyzer bundled() {
    return new WeightedEscalationAnalyzer(EscalationWeights.bundled());
  }

  @Override
  public Escalation analyze(String a, String b, List<Event> events) {
    List<Event> pair = new ArrayList<>();
    for (Event e : events) {
      if (direction(e, a, b) != 0) {
        pair.add(e);
      }
    }
    pair = Timeline.order(pair);
    TreeMap<LocalDate, double[]> byDay = new TreeMap<>();
    int unplaced = 0;
    for (Event e : pair) {
      LocalDate day = day(e.date());
      if (day == null) {
        unplaced++;
        continue;
      }
      double[] d = byDay.computeIfAbsent(day, k -> new double[4]);
      d[direction(e, a, b) > 0 ? 0 : 1] += weights.intensity(e);
      d[2] += e.fatalities() == null ? 0 : e.fatalities();
      d[3]++;
    }
    List<DayIntensity> days = new ArrayList<>();
    byDay.forEach((day, d) -> days.add(new DayIntensity(day, d[0], d[1], (int) d[2], (int) d[3])));
    double slope = slope(byDay);
    Escalation.Trend trend = byDay.size() < 2 ? Escalation.Trend.TOO_FEW_DAYS
        : slope > FLAT ? Escalation.Trend.ESCALATING
        : slope < -FLAT ? Escalation.Trend.DE_ESCALATING
        : Escalation.Trend.STABLE;
    return new Escalation(a, b, pair, days, unplaced, slope, trend, steps(pair));
  }

  @Override
  public List<EscalationStep> steps(List<Event> timeline) {
    Map<List<String>, Double> highest = new HashMap<>();
    Map<List<String>, Event> lastHostile = new HashMap<>();
    Map<String, Event> hostileById = new HashMap<>();
    List<EscalationStep> out = new ArrayList<>();
    for (Event e : timeline) {
      if (e.actor() == null || e.target() == null || e.actor().id().equals(e.target().id())) {
        continue;
      }
      double intensity = weights.intensity(e);
      if (intensity <= 0) {
        continue;
      }
      List<String> dyad = e.actor().id().compareTo(e.target().id()) < 0
          ? List.of(e.actor().id(), e.target().id()) : List.of(e.target().id(), e.actor().id());
      Double before = highest.get(dyad);
      boolean higher = before != null && intensity > before;
      Event answers = linkedAnswer(e, hostileById);
      if (answers == null) {
        Event last = lastHostile.get(dyad);
        answers = last != null && last.actor().id().equals(e.target().id()) ? last : null;
      }
      if (higher || answers != null) {
        out.add(new EscalationStep(e, intensity, higher, answers));
      }
      highest.merge(dyad, intensity, Math::max);
      lastHostile.put(dyad, e);
      hostileById.put(e.id(), e);
    }
    return out;
  }

  /** The earlier hostile event by {@code e}'s target on its actor that {@code e} links to, or {@code null}. */
  private static Event linkedAnswer(Event e, Map<String, Event> hostileById) {
    for (Link l : e.links()) {
      Event answered = hostileById.get(l.event());
      if (answered != null && answered.actor().id().equals(e.target().id())
          && answered.target().id().equals(e.actor().id())) {
        return answered;
      }
    }
    return null;
  }

  /** +1 when {@code e} goes from a to b, −1 from b to a, 0 otherwise. */
  static int direction(Event e, String a, String b) {
    if (matches(e.actor(), a) && matches(e.target(), b)) {
      return 1;
    }
    return matches(e.actor(), b) && matches(e.target(), a) ? -1 : 0;
  }

  static boolean matches(Actor actor, String party) {
    return actor != null && (actor.id().equalsIgnoreCase(party.strip()) || actor.name().equalsIgnoreCase(party.strip()));
  }

  /** The series day of an interval, or {@code null} when it is open, missing or too long. */
  static LocalDate day(DateSpan d) {
    if (d == null || d.earliest() == null || d.latest() == null) {
      return null;
    }
    long span = ChronoUnit.DAYS.between(d.earliest(), d.latest()) + 1;
    return span > MAX_SPAN_DAYS ? null : d.earliest().plusDays((span - 1) / 2);
  }

  /** Least-squares slope of the daily totals over every day from the first to the last, missing days as 0. */
  private static double slope(TreeMap<LocalDate, double[]> byDay) {
    if (byDay.size() < 2) {
      return 0;
    }
    LocalDate first = byDay.firstKey();
    long n = ChronoUnit.DAYS.between(first, byDay.lastKey()) + 1;
    double sumX = 0;
    double sumY = 0;
    double sumXy = 0;
    double sumXx = 0;
    for (long x = 0; x < n; x++) {
      double[] d = byDay.get(first.plusDays(x));
      double y = d == null ? 0 : d[0] + d[1];
      sumX += x;
      sumY += y;
      sumXy += x * y;
      sumXx += (double) x * x;
    }
    return (n * sumXy - sumX * sumY) / (n * sumXx - sumX * sumX);
  }
}
