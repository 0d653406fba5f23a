package org.reverb.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reverb.json.EventJson;
import org.reverb.model.Event;

/**
 * What an {@link EventEvaluator} found: per-field scores, event counts, cross-article accuracies and, per
 * article, the gold events and predictions left unmatched and the matched pairs that get a field wrong. See
 * {@link EventEvaluator} for how each is counted.
 *
 * @param fields field name → score, in table order
 * @param falseAlarms predictions on articles that have no gold lines
 * @param sameAs {@code correct} / {@code gold} is the same_as accuracy ({@code predicted} unused)
 * @param responseTo {@code correct} / {@code gold} is the response_to accuracy ({@code predicted} unused)
 */
public record EventScores(
    int articles,
    int goldEvents,
    int predictedEvents,
    int matched,
    int falseAlarms,
    Map<String, FieldScore> fields,
    FieldScore sameAs,
    FieldScore responseTo,
    List<ArticleErrors> errors) {

  /**
   * One field a matched pair gets wrong, with both values as the error lines show them ({@code -} when absent,
   * dates as {@code earliest..latest} with {@code …} for an open end).
   */
  public record FieldDiff(String field, String gold, String predicted) {}

  /** A matched pair and the fields it gets wrong, in table order (never empty). */
  public record Mismatch(GoldEvent gold, Event predicted, List<FieldDiff> fields) {
    public Mismatch {
      fields = List.copyOf(fields);
      if (fields.isEmpty()) {
        throw new IllegalArgumentException("a mismatch needs at least one wrong field");
      }
    }

    /** Whether any of {@code names} is among the wrong fields. */
    public boolean differsIn(Collection<String> names) {
      return fields.stream().anyMatch(f -> names.contains(f.field()));
    }
  }

  /** The errors of one article: unmatched gold events and predictions, and matched pairs with wrong fields. */
  public record ArticleErrors(String file, List<GoldEvent> missed, List<Event> spurious, List<Mismatch> differing) {
    public ArticleErrors {
      missed = List.copyOf(missed);
      spurious = List.copyOf(spurious);
      differing = List.copyOf(differing);
    }

    public ArticleErrors(String file, List<GoldEvent> missed, List<Event> spurious) {
      this(file, missed, spurious, List.of());
    }

    /**
     * This article's error lines: with {@code unmatched}, its {@code missed} then {@code extra} lines; then a
     * {@code differs} line per matched pair that gets a field wrong, only pairs wrong in one of
     * {@code onlyFields} when that is not {@code null}.
     */
    public List<String> lines(boolean unmatched, Collection<String> onlyFields) {
      List<String> lines = new ArrayList<>();
      if (unmatched) {
        missed.forEach(g -> lines.add(missedLine(file, g)));
        spurious.forEach(e -> lines.add(extraLine(file, e)));
      }
      for (Mismatch m : differing) {
        if (onlyFields == null || m.differsIn(onlyFields)) {
          lines.add(differsLine(file, m));
        }
      }
      return lines;
    }
  }

  public EventScores {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    errors = List.copyOf(errors);
  }

  /**
   * The error lines of all articles, in scoring order (see {@link ArticleErrors#lines}): {@code unmatched} adds
   * the missed and extra lines, {@code onlyFields} ({@code null} for all) picks the differing pairs to show.
   */
  public List<String> errorLines(boolean unmatched, Collection<String> onlyFields) {
    List<String> lines = new ArrayList<>();
    errors.forEach(a -> lines.addAll(a.lines(unmatched, onlyFields)));
    return lines;
  }

  /** {@code FILE  missed  EVENT  TYPE/MODE ACTOR -> TARGET in COUNTRY on DATES dead=N MODALITY}. */
  static String missedLine(String file, GoldEvent g) {
    return file + "  missed  " + g.event() + "  " + describe(g.type() + slash(g.mode()), g.actor(), g.target(),
        g.country(), g.hasDate() ? EventEvaluator.dates(g.earliest(), g.latest()) : "-", g.fatalities(),
        g.modality().key());
  }

  /** {@code FILE  extra   ID  TYPE/MODE ACTOR -> TARGET in COUNTRY on DATES dead=N MODALITY  "TRIGGER"}. */
  static String extraLine(String file, Event e) {
    return file + "  extra   " + e.id() + "  " + describe(e.type() + slash(e.mode()),
        e.actor() == null ? null : e.actor().id(), e.target() == null ? null : e.target().id(),
        e.place() == null ? null : e.place().country(),
        e.date() == null ? "-" : EventEvaluator.dates(e.date().earliest(), e.date().latest()),
        e.fatalities(), e.modality().key()) + "  \"" + e.mentions().get(0).trigger() + "\"";
  }

  /** {@code FILE  differs  GOLD_EVENT  field: gold=V predicted=V; field: ...  "TRIGGER"}. */
  static String differsLine(String file, Mismatch m) {
    StringBuilder b = new StringBuilder(file).append("  differs  ").append(m.gold().event()).append("  ");
    for (int i = 0; i < m.fields().size(); i++) {
      FieldDiff d = m.fields().get(i);
      b.append(i == 0 ? "" : "; ").append(d.field()).append(": gold=").append(d.gold()).append(" predicted=")
          .append(d.predicted());
    }
    return b.append("  \"").append(m.predicted().mentions().get(0).trigger()).append('"').toString();
  }

  private static String slash(String mode) {
    return mode == null ? "" : "/" + mode;
  }

  private static String describe(String type, String actor, String target, String country, String date,
      Integer fatalities, String modality) {
    return String.format(Locale.ROOT, "%s %s -> %s in %s on %s dead=%s %s", type, actor, target, country, date,
        fatalities, modality);
  }

  /** A fixed-width table: field, precision, recall, F1, n (gold events that give the field), then the counts. */
  public String toTable() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-12s %9s %9s %9s %6s%n", "field", "precision", "recall", "F1", "n"));
    fields.forEach((name, s) -> b.append(String.format(Locale.ROOT, "%-12s %9.2f %9.2f %9.2f %6d%n", name,
        s.precision(), s.recall(), s.f1(), s.gold())));
    b.append(String.format(Locale.ROOT, "%-12s %9s %9s %9.2f %6d   (accuracy)%n", "same_as", "", "",
        sameAs.recall(), sameAs.gold()));
    b.append(String.format(Locale.ROOT, "%-12s %9s %9s %9.2f %6d   (accuracy)%n", "response_to", "", "",
        responseTo.recall(), responseTo.gold()));
    b.append(String.format(Locale.ROOT, "%d articles: %d gold events, %d predicted, %d matched; "
        + "%d false alarms on articles with no gold events%n", articles, goldEvents, predictedEvents, matched,
        falseAlarms));
    return b.toString();
  }

  /** The same numbers as {@link #toTable}, with the raw counts, as a JSON object. */
  public ObjectNode toJson() {
    ObjectNode n = EventJson.MAPPER.createObjectNode();
    n.put("articles", articles);
    n.put("gold_events", goldEvents);
    n.put("predicted_events", predictedEvents);
    n.put("matched", matched);
    n.put("false_alarms", falseAlarms);
    ObjectNode f = n.putObject("fields");
    fields.forEach((name, s) -> {
      ObjectNode o = f.putObject(name);
      o.put("precision", round(s.precision()));
      o.put("recall", round(s.recall()));
      o.put("f1", round(s.f1()));
      o.put("correct", s.correct());
      o.put("predicted", s.predicted());
      o.put("gold", s.gold());
    });
    accuracy(n.putObject("same_as"), sameAs);
    accuracy(n.putObject("response_to"), responseTo);
    return n;
  }

  private static void accuracy(ObjectNode o, FieldScore s) {
    o.put("accuracy", round(s.recall()));
    o.put("correct", s.correct());
    o.put("n", s.gold());
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
