package org.reverb.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reverb.model.Actor;
import org.reverb.model.ActorKind;
import org.reverb.model.DateSpan;
import org.reverb.model.Event;
import org.reverb.model.EventType;
import org.reverb.model.Modality;
import org.reverb.model.Place;
import org.reverb.model.Source;

class EventEvaluatorTest {

  private static final String FILE = "001_bombing.txt";
  private static final LocalDate DAY = LocalDate.of(2019, 1, 17);

  private static final GoldEvent BOMBING = new GoldEvent(FILE, "car-bomb", EventType.ASSAULT, "bombing", "ELN", "COL",
      "Bogota", "COL", DAY, DAY, 21, Modality.ASSERTED, null, null);
  private static final GoldEvent ACCUSATION = new GoldEvent(FILE, "blamed", EventType.ACCUSE, "allege", "COL", "ELN",
      null, null, DAY.plusDays(1), DAY.plusDays(1), null, Modality.ASSERTED, null, FILE + ":car-bomb");

  private static Event event(String id, String file, EventType type, String mode, String actor, String target,
      String country, DateSpan date, Integer fatalities) {
    return new Event(id, type, mode, actor(actor), actor(target),
        country == null ? null : new Place(country, country, null, null, null, Place.Precision.COUNTRY), date,
        fatalities, null, Modality.ASSERTED, 0.9, null, List.of(new Source(file, DAY.plusDays(1), "s", "t")),
        List.of());
  }

  private static Actor actor(String id) {
    return id == null ? null : new Actor(id, id, ActorKind.of("state"), null, null);
  }

  private static Event bombing(String actor) {
    return event("p1", FILE, EventType.ASSAULT, "bombing", actor, "COL", "COL", DateSpan.day(DAY), 21);
  }

  private static Event accusation() {
    return event("p2", FILE, EventType.ACCUSE, "allege", "COL", "ELN", null, DateSpan.day(DAY.plusDays(1)), null);
  }

  private static EventScores score(List<GoldEvent> gold, String file, List<Event> predicted) {
    EventEvaluator evaluator = new EventEvaluator(gold);
    evaluator.score(file, predicted);
    return evaluator.scores();
  }

  @Test
  void a_perfect_match_scores_one_on_every_field() {
    EventScores s = score(List.of(BOMBING, ACCUSATION), FILE, List.of(accusation(), bombing("ELN")));
    assertEquals(2, s.matched());
    s.fields().forEach((name, f) -> {
      assertEquals(1.0, f.precision(), name);
      assertEquals(1.0, f.recall(), name);
      assertEquals(1.0, f.f1(), name);
    });
    assertTrue(s.errors().isEmpty());
  }

  @Test
  void a_missing_event_lowers_recall_but_not_precision() {
    EventScores s = score(List.of(BOMBING, ACCUSATION), FILE, List.of(bombing("ELN")));
    FieldScore type = s.fields().get("type");
    assertEquals(1.0, type.precision());
    assertEquals(0.5, type.recall());
    assertEquals(List.of(ACCUSATION), s.errors().get(0).missed());
  }

  @Test
  void a_wrong_actor_lowers_the_actor_scores_only() {
    EventScores s = score(List.of(BOMBING), FILE, List.of(bombing("Hezbollah")));
    assertEquals(1, s.matched());
    assertEquals(new FieldScore(0, 1, 1), s.fields().get("actor"));
    s.fields().forEach((name, f) -> {
      if (!name.equals("actor")) {
        assertEquals(1.0, f.f1(), name);
      }
    });
  }

  @Test
  void false_alarms_on_an_article_with_no_gold_lower_type_precision() {
    EventEvaluator evaluator = new EventEvaluator(List.of(BOMBING));
    evaluator.score(FILE, List.of(bombing("ELN")));
    evaluator.score("031_football.txt", List.of(
        event("x", "031_football.txt", EventType.ASSAULT, null, null, null, null, null, null)));
    EventScores s = evaluator.scores();
    assertEquals(1, s.falseAlarms());
    assertEquals(0.5, s.fields().get("type").precision());
    assertEquals(1.0, s.fields().get("type").recall());
  }

  @Test
  void events_of_a_different_type_and_different_parties_are_not_paired() {
    Event protest = event("p", FILE, EventType.PROTEST, null, "protesters", "COL", "COL", DateSpan.day(DAY), null);
    assertEquals(-1, EventEvaluator.matchScore(BOMBING, protest));
  }

  @Test
  void a_predicted_date_inside_the_gold_interval_is_correct_and_one_reaching_outside_is_not() {
    GoldEvent week = new GoldEvent(FILE, "w", EventType.ASSAULT, null, "ELN", "COL", null, null, DAY,
        DAY.plusDays(6), null, Modality.ASSERTED, null, null);
    assertEquals(new FieldScore(1, 1, 1), score(List.of(week), FILE, List.of(bombing("ELN"))).fields().get("date"));
    Event wide = event("p", FILE, EventType.ASSAULT, null, "ELN", "COL", null, DateSpan.between(DAY.minusDays(1),
        DAY), null);
    assertEquals(new FieldScore(0, 1, 1), score(List.of(week), FILE, List.of(wide)).fields().get("date"));
  }

  @Test
  void cross_article_accuracies_are_zero_without_links_and_do_not_fail() {
    EventScores s = score(List.of(BOMBING, ACCUSATION), FILE, List.of(accusation(), bombing("ELN")));
    assertEquals(new FieldScore(0, 0, 1), s.responseTo());
    assertEquals(new FieldScore(0, 0, 0), s.sameAs());
    assertEquals(0.0, s.sameAs().recall());
  }

  @Test
  void the_json_report_carries_the_table_numbers() {
    EventScores s = score(List.of(BOMBING, ACCUSATION), FILE, List.of(bombing("ELN")));
    assertEquals(0.5, s.toJson().path("fields").path("type").path("recall").asDouble());
    assertTrue(s.toTable().contains("type"));
  }

  @Test
  void a_matched_pair_with_a_wrong_field_gets_a_differs_line() {
    EventScores s = score(List.of(BOMBING), FILE, List.of(bombing("Hezbollah")));
    assertEquals(List.of("001_bombing.txt  differs  car-bomb  actor: gold=ELN predicted=Hezbollah  \"t\""),
        s.errorLines(true, null));
    EventScores.Mismatch m = s.errors().get(0).differing().get(0);
    assertEquals(BOMBING, m.gold());
    assertEquals(List.of(new EventScores.FieldDiff("actor", "ELN", "Hezbollah")), m.fields());
  }

  @Test
  void a_differs_line_lists_every_wrong_field_in_table_order_with_dates_as_intervals() {
    // Paired on actor and target despite the type; a value on one side only is wrong too.
    Event arrest = new Event("p1", EventType.COERCE, "arrest", actor("ELN"), actor("COL"),
        new Place("Quito", "ECU", null, null, null, Place.Precision.CITY), DateSpan.until(DAY), null, null,
        Modality.PLANNED, 0.9, null, List.of(new Source(FILE, DAY, "s", "detained")), List.of());
    EventScores s = score(List.of(BOMBING), FILE, List.of(arrest));
    assertEquals(List.of("001_bombing.txt  differs  car-bomb  type: gold=ASSAULT predicted=COERCE; "
        + "mode: gold=bombing predicted=arrest; country: gold=COL predicted=ECU; "
        + "date: gold=2019-01-17..2019-01-17 predicted=…..2019-01-17; fatalities: gold=21 predicted=-; "
        + "modality: gold=asserted predicted=planned  \"detained\""), s.errorLines(true, null));
  }

  @Test
  void a_value_the_gold_event_lacks_is_wrong_and_two_missing_values_are_not() {
    Event placed = event("p2", FILE, EventType.ACCUSE, "allege", "COL", "ELN", "COL", DateSpan.day(DAY.plusDays(1)),
        null);
    EventScores s = score(List.of(ACCUSATION), FILE, List.of(placed));
    assertEquals(List.of("001_bombing.txt  differs  blamed  country: gold=- predicted=COL  \"t\""),
        s.errorLines(true, null));
  }

  @Test
  void a_perfect_match_has_no_error_lines() {
    EventScores s = score(List.of(BOMBING, ACCUSATION), FILE, List.of(accusation(), bombing("ELN")));
    assertEquals(List.of(), s.errorLines(true, null));
  }

  @Test
  void differs_lines_follow_the_missed_and_extra_lines_of_their_article() {
    Event protest = event("p9", FILE, EventType.PROTEST, null, "students", null, "COL", DateSpan.from(DAY), null);
    EventScores s = score(List.of(BOMBING, ACCUSATION), FILE, List.of(bombing("Hezbollah"), protest));
    assertEquals(List.of(
        "001_bombing.txt  missed  blamed  ACCUSE/allege COL -> ELN in null on 2019-01-18..2019-01-18 dead=null "
            + "asserted",
        "001_bombing.txt  extra   p9  PROTEST students -> null in COL on 2019-01-17..… dead=null asserted  \"t\"",
        "001_bombing.txt  differs  car-bomb  actor: gold=ELN predicted=Hezbollah  \"t\""),
        s.errorLines(true, null));
  }

  @Test
  void field_errors_pick_the_pairs_wrong_in_those_fields() {
    EventScores s = score(List.of(BOMBING, ACCUSATION), FILE, List.of(bombing("Hezbollah")));
    String actorLine = "001_bombing.txt  differs  car-bomb  actor: gold=ELN predicted=Hezbollah  \"t\"";
    assertEquals(List.of(actorLine), s.errorLines(false, List.of("actor")));
    assertEquals(List.of(actorLine), s.errorLines(false, List.of("date", "actor")));
    assertEquals(List.of(), s.errorLines(false, List.of("date")));
    assertEquals(1, s.errorLines(true, List.of("date")).size()); // with --errors the missed line stays

    GoldEvent week = new GoldEvent(FILE, "w", EventType.ASSAULT, null, "ELN", "COL", null, null, DAY,
        DAY.plusDays(6), null, Modality.ASSERTED, null, null);
    Event early = event("p", FILE, EventType.ASSAULT, null, "ELN", "COL", null, DateSpan.day(DAY.minusDays(1)), null);
    EventScores d = score(List.of(week), FILE, List.of(early));
    assertEquals(List.of("001_bombing.txt  differs  w  date: gold=2019-01-17..2019-01-23 "
        + "predicted=2019-01-16..2019-01-16  \"t\""), d.errorLines(false, List.of("date")));
    assertEquals(List.of(), d.errorLines(false, List.of("actor")));
  }

  @Test
  void the_field_names_are_the_table_rows() {
    EventScores s = score(List.of(BOMBING), FILE, List.of(bombing("ELN")));
    assertEquals(List.copyOf(s.fields().keySet()), EventEvaluator.fieldNames());
  }
}
