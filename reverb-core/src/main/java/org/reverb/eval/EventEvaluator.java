package org.reverb.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.reverb.model.Actor;
import org.reverb.model.DateSpan;
import org.reverb.model.Event;
import org.reverb.model.Modality;
import org.reverb.model.Place;

/**
 * Scores predicted events against gold events, article by article; {@link #scores} gives the totals. Whoever
 * calls {@link #score} maps an article to its predictions (the pipeline, a store, a test's hand-built events).
 *
 * <p><b>Which events count.</b> The predictions for article {@code file} are the given events whose first
 * mention's article is {@code file}; others are ignored. Only gold events of articles that were scored count, so a
 * run over part of a corpus is scored on that part ({@link #unscoredGoldFiles} lists the rest). Predictions on an
 * article with no gold lines are <i>false alarms</i>: they count as predicted events (lowering precision) and are
 * also counted on their own.
 *
 * <p><b>Alignment.</b> Within an article, gold and predicted events are paired one-to-one, greedily by a match
 * score: type equal +3, actor id equal +1, target id equal +1, place country equal +1, date intervals overlap +1
 * (each of the last four only when the gold value is given). A pair is allowed only when the types are equal, or
 * when actor and target ids are both equal and at least one of them is given. Ties go to the earlier gold line,
 * then the earlier prediction.
 *
 * <p><b>Field scores</b>, each precision / recall / F1 over events: a field's <i>predicted</i> count is the
 * predictions that give a value, its <i>gold</i> count the gold events that give one, and it is <i>correct</i> on a
 * matched pair that agrees. For {@code type} and {@code modality} every event gives a value, so type precision is
 * matched-with-equal-type over all predictions and type recall the same over all gold events. {@code mode},
 * {@code actor} and {@code target} (by id), {@code country} (the place's ISO3) and {@code fatalities} agree when
 * equal. {@code date} agrees when the predicted interval lies within the gold interval, a {@code null} gold end
 * being open (no bound) and a {@code null} predicted end unbounded (so within only an open gold end).
 *
 * <p><b>Errors.</b> Per article, {@link EventScores#errors} keeps the unmatched gold events, the unmatched
 * predictions and the matched pairs that get a field wrong: a field is wrong on a pair when either side gives a
 * value and they do not agree by the rules above (a value on one side only counts as wrong, since it lowers
 * precision or recall).
 *
 * <p><b>Cross-article accuracies</b>, over the gold events of scored articles that carry the field:
 * {@code same_as} is correct when the event and its referent are both matched and their predictions have the same
 * event id (predictions of one real event told twice share an id only once resolution works across articles);
 * {@code response_to} is correct when both are matched and the event's prediction has a link to the id of the
 * referent's prediction.
 *
 * <p>Not thread-safe: call {@link #score} from one thread.
 */
public final class EventEvaluator {

  /** One scored field: how to read it from either side and when the two agree. */
  private record Field(String name, Function<GoldEvent, Object> gold, Function<Event, Object> predicted,
      BiPredicate<GoldEvent, Event> agree) {

    Field(String name, Function<GoldEvent, Object> gold, Function<Event, Object> predicted) {
      this(name, gold, predicted, (g, p) -> Objects.equals(gold.apply(g), predicted.apply(p)));
    }
  }

  private static final List<Field> FIELDS = List.of(
      new Field("type", GoldEvent::type, Event::type),
      new Field("mode", GoldEvent::mode, Event::mode),
      new Field("actor", GoldEvent::actor, p -> id(p.actor())),
      new Field("target", GoldEvent::target, p -> id(p.target())),
      new Field("country", GoldEvent::country, EventEvaluator::country),
      new Field("date", g -> g.hasDate() ? g : null, Event::date, EventEvaluator::dateWithin),
      new Field("fatalities", GoldEvent::fatalities, Event::fatalities),
      new Field("modality", GoldEvent::modality, Event::modality));

  private final Map<String, List<GoldEvent>> goldByFile = new LinkedHashMap<>();
  private final Map<String, GoldEvent> goldByKey = new HashMap<>();
  private final Map<String, FieldScore> fields = new LinkedHashMap<>();
  private final Map<String, Event> matchOf = new HashMap<>();
  private final Set<String> scored = new LinkedHashSet<>();
  private final List<EventScores.ArticleErrors> errors = new ArrayList<>();
  private int goldEvents;
  private int predictedEvents;
  private int matched;
  private int falseAlarms;

  public EventEvaluator(List<GoldEvent> gold) {
    for (GoldEvent g : gold) {
      goldByFile.computeIfAbsent(g.file(), f -> new ArrayList<>()).add(g);
      goldByKey.put(g.key(), g);
    }
    FIELDS.forEach(f -> fields.put(f.name(), new FieldScore(0, 0, 0)));
  }

  /** Scores the predictions for one article; each article is scored once. */
  public void score(String file, List<Event> events) {
    if (!scored.add(file)) {
      throw new IllegalArgumentException("article " + file + " is scored twice; article ids must be unique");
    }
    List<Event> predicted = events.stream().filter(e -> e.mentions().get(0).article().equals(file)).toList();
    List<GoldEvent> gold = goldByFile.getOrDefault(file, List.of());
    goldEvents += gold.size();
    predictedEvents += predicted.size();
    if (gold.isEmpty()) {
      falseAlarms += predicted.size();
    }
    Map<GoldEvent, Event> pairs = align(gold, predicted);
    matched += pairs.size();
    pairs.forEach((g, p) -> matchOf.put(g.key(), p));
    Map<GoldEvent, List<EventScores.FieldDiff>> diffs = new LinkedHashMap<>();
    for (Field f : FIELDS) {
      FieldScore s = fields.get(f.name());
      for (GoldEvent g : gold) {
        Event p = pairs.get(g);
        Object gv = f.gold().apply(g);
        if (p == null) {
          s = s.plus(false, false, gv != null);
          continue;
        }
        Object pv = f.predicted().apply(p);
        boolean agree = gv != null && pv != null && f.agree().test(g, p);
        s = s.plus(agree, false, gv != null);
        if (!agree && (gv != null || pv != null)) {
          diffs.computeIfAbsent(g, x -> new ArrayList<>()).add(new EventScores.FieldDiff(f.name(), show(gv),
              show(pv)));
        }
      }
      for (Event p : predicted) {
        s = s.plus(false, f.predicted().apply(p) != null, false);
      }
      fields.put(f.name(), s);
    }
    List<GoldEvent> missed = gold.stream().filter(g -> !pairs.containsKey(g)).toList();
    Set<Event> used = Collections.newSetFromMap(new IdentityHashMap<>());
    used.addAll(pairs.values());
    List<Event> spurious = predicted.stream().filter(p -> !used.contains(p)).toList();
    List<EventScores.Mismatch> differing = gold.stream().filter(diffs::containsKey)
        .map(g -> new EventScores.Mismatch(g, pairs.get(g), diffs.get(g))).toList();
    if (!missed.isEmpty() || !spurious.isEmpty() || !differing.isEmpty()) {
      errors.add(new EventScores.ArticleErrors(file, missed, spurious, differing));
    }
  }

  /** The names of the scored fields, in table order. */
  public static List<String> fieldNames() {
    return FIELDS.stream().map(Field::name).toList();
  }

  /** A field value as the error lines show it: {@code -} when absent, dates as {@code earliest..latest}. */
  private static String show(Object value) {
    if (value == null) {
      return "-";
    }
    if (value instanceof GoldEvent g) {
      return dates(g.earliest(), g.latest());
    }
    if (value instanceof DateSpan d) {
      return dates(d.earliest(), d.latest());
    }
    if (value instanceof Modality m) {
      return m.key();
    }
    return value.toString();
  }

  /** {@code earliest..latest}, {@code …} for an open end. */
  static String dates(LocalDate earliest, LocalDate latest) {
    return (earliest == null ? "…" : earliest) + ".." + (latest == null ? "…" : latest);
  }

  /** Files that have gold lines but were never scored, in gold file order. */
  public List<String> unscoredGoldFiles() {
    return goldByFile.keySet().stream().filter(f -> !scored.contains(f)).toList();
  }

  /** The totals so far. */
  public EventScores scores() {
    FieldScore sameAs = new FieldScore(0, 0, 0);
    FieldScore responseTo = new FieldScore(0, 0, 0);
    for (String file : scored) {
      for (GoldEvent g : goldByFile.getOrDefault(file, List.of())) {
        if (g.sameAs() != null) {
          Event p = matchOf.get(g.key());
          Event q = matchOf.get(g.sameAs());
          sameAs = sameAs.plus(p != null && q != null && p.id().equals(q.id()), false, true);
        }
        if (g.responseTo() != null) {
          Event p = matchOf.get(g.key());
          Event q = matchOf.get(g.responseTo());
          boolean linked = p != null && q != null && p.links().stream().anyMatch(l -> l.event().equals(q.id()));
          responseTo = responseTo.plus(linked, false, true);
        }
      }
    }
    return new EventScores(scored.size(), goldEvents, predictedEvents, matched, falseAlarms, fields, sameAs,
        responseTo, errors);
  }

  /** One-to-one pairs, greedy by {@link #matchScore}. */
  static Map<GoldEvent, Event> align(List<GoldEvent> gold, List<Event> predicted) {
    record Candidate(int score, int g, int p) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      for (int j = 0; j < predicted.size(); j++) {
        int s = matchScore(gold.get(i), predicted.get(j));
        if (s >= 0) {
          candidates.add(new Candidate(s, i, j));
        }
      }
    }
    candidates.sort(Comparator.comparingInt(Candidate::score).reversed()
        .thenComparingInt(Candidate::g).thenComparingInt(Candidate::p));
    Map<GoldEvent, Event> pairs = new LinkedHashMap<>();
    Set<Integer> taken = new HashSet<>();
    for (Candidate c : candidates) {
      if (!pairs.containsKey(gold.get(c.g())) && !taken.contains(c.p())) {
        pairs.put(gold.get(c.g()), predicted.get(c.p()));
        taken.add(c.p());
      }
    }
    return pairs;
  }

  /** How well {@code p} fits {@code g}, or -1 when they may not be paired. */
  static int matchScore(GoldEvent g, Event p) {
    boolean type = g.type() == p.type();
    boolean actor = Objects.equals(g.actor(), id(p.actor()));
    boolean target = Objects.equals(g.target(), id(p.target()));
    if (!type && !(actor && target && (g.actor() != null || g.target() != null))) {
      return -1;
    }
    int score = type ? 3 : 0;
    score += g.actor() != null && actor ? 1 : 0;
    score += g.target() != null && target ? 1 : 0;
    score += g.country() != null && g.country().equals(country(p)) ? 1 : 0;
    score += g.hasDate() && p.date() != null && overlaps(g, p) ? 1 : 0;
    return score;
  }

  private static boolean overlaps(GoldEvent g, Event p) {
    LocalDate pe = p.date().earliest();
    LocalDate pl = p.date().latest();
    return (g.earliest() == null || pl == null || !pl.isBefore(g.earliest()))
        && (g.latest() == null || pe == null || !pe.isAfter(g.latest()));
  }

  private static boolean dateWithin(GoldEvent g, Event p) {
    LocalDate pe = p.date().earliest();
    LocalDate pl = p.date().latest();
    return (g.earliest() == null || pe != null && !pe.isBefore(g.earliest()))
        && (g.latest() == null || pl != null && !pl.isAfter(g.latest()));
  }

  private static String id(Actor a) {
    return a == null ? null : a.id();
  }

  private static String country(Event p) {
    Place place = p.place();
    return place == null ? null : place.country();
  }
}
