package org.reverb.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reverb.json.EventJson;
import org.reverb.model.Event;

/**
 * What an {@link EventEvaluator} found: per-field scores, event counts, cross-article accuracies and, per
 * article, the gold events and predictions left unmatched. See {@link EventEvaluator} for how each is counted.
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

  /** The unmatched events of one article. */
  public record ArticleErrors(String file, List<GoldEvent> missed, List<Event> spurious) {
    public ArticleErrors {
      missed = List.copyOf(missed);
      spurious = List.copyOf(spurious);
    }
  }

  public EventScores {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    errors = List.copyOf(errors);
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
