package org.reverb.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reverb.model.Actor;
import org.reverb.model.ActorKind;
import org.reverb.model.DateSpan;
import org.reverb.model.Event;
import org.reverb.model.EventType;
import org.reverb.model.Link;
import org.reverb.model.Mention;
import org.reverb.model.Modality;
import org.reverb.model.Place;
import org.reverb.model.Source;

class SimilarityEventResolverTest {

  static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 7);
  static final Actor USA = new Actor("USA", "United States", ActorKind.STATE, "USA", null);
  static final Actor KH = new Actor("Kataib Hezbollah", "Kataib Hezbollah", ActorKind.ARMED_GROUP, "IRQ", "IRN");
  static final Place IRAQ = new Place("Iraq", "IRQ", null, 33.0, 44.0, Place.Precision.COUNTRY);
  static final Place BAGHDAD = new Place("Baghdad", "IRQ", null, 33.34, 44.40, Place.Precision.CITY);
  static final DateSpan LEAD = DateSpan.between(PUBLISHED.minusDays(7), PUBLISHED);

  static Mention strike(int sentence, String mode, Actor actor, Actor target, Place place, DateSpan date,
      Integer dead) {
    return new Mention("a.txt", PUBLISHED, sentence, "sentence " + sentence, "strike", EventType.ASSAULT, mode,
        actor, target, place, date, dead, null, Modality.ASSERTED, 0.8);
  }

  @Test
  void mentions_that_fill_each_others_gaps_become_one_event_with_the_most_specific_fields() {
    List<Event> events = new SimilarityEventResolver().resolve(List.of(
        strike(0, "aerial", USA, KH, IRAQ, LEAD, null),
        strike(3, null, USA, null, BAGHDAD, DateSpan.day(PUBLISHED.minusDays(1)), 3),
        strike(5, "aerial", USA, KH, null, LEAD, 2)));
    assertEquals(1, events.size());
    Event e = events.get(0);
    assertEquals(List.of(0, 3, 5).stream().map(i -> "sentence " + i).toList(),
        e.mentions().stream().map(Source::sentence).toList());
    assertEquals("aerial", e.mode());
    assertEquals(KH, e.target(), "an actor over null");
    assertEquals(BAGHDAD, e.place(), "a city over a country");
    assertEquals(DateSpan.day(PUBLISHED.minusDays(1)), e.date(), "the tightest date");
    assertEquals(Integer.valueOf(3), e.fatalities(), "the largest stated toll");
    assertEquals(SimilarityEventResolver.id(strike(0, "aerial", USA, KH, IRAQ, LEAD, null)), e.id(),
        "the first mention names the event");
  }

  @Test
  void the_jordan_attack_and_a_strike_of_2020_stay_apart_from_the_baghdad_strike() {
    Mention jordan = new Mention("a.txt", PUBLISHED, 2, "s", "attack", EventType.ASSAULT, "aerial", KH, USA,
        new Place("Jordan", "JOR", null, null, null, Place.Precision.COUNTRY), DateSpan.until(PUBLISHED), 3, null,
        Modality.ASSERTED, 0.8);
    List<Event> events = new SimilarityEventResolver().resolve(List.of(
        strike(0, "aerial", USA, KH, BAGHDAD, LEAD, 3), jordan, strike(4, "aerial", null, null, null,
            DateSpan.year(2020), null)));
    assertEquals(3, events.size());
  }

  @Test
  void the_next_sentence_that_elaborates_an_attack_with_no_party_in_common_tells_it_again() {
    DateSpan sunday = DateSpan.day(PUBLISHED.minusDays(3));
    Place mosul = new Place("Mosul", "IRQ", null, 36.34, 43.13, Place.Precision.CITY);
    Actor police = new Actor("IRQ", "Iraq", ActorKind.POLICE, "IRQ", null);
    List<Event> events = new SimilarityEventResolver().resolve(List.of(
        strike(1, "firearms", null, null, mosul, sunday, null),
        strike(2, null, null, police, null, sunday, 1),
        strike(6, null, null, null, null, sunday, 2)));
    assertEquals(2, events.size(), "the next sentence joins; four sentences on is another telling");
    assertEquals(Integer.valueOf(1), events.get(0).fatalities());
    assertEquals(mosul, events.get(0).place());
  }

  @Test
  void attacks_in_two_cities_told_one_after_the_other_stay_apart() {
    DateSpan monday = DateSpan.day(PUBLISHED.minusDays(1));
    Place kyiv = new Place("Kyiv", "UKR", null, 50.45, 30.52, Place.Precision.CITY);
    Place kryvyiRih = new Place("Kryvyi Rih", "UKR", null, 47.91, 33.39, Place.Precision.CITY);
    List<Event> events = new SimilarityEventResolver().resolve(List.of(
        strike(1, "shelling", null, null, kyiv, monday, 2),
        strike(2, "shelling", null, null, kryvyiRih, monday, 10)));
    assertEquals(2, events.size());
  }

  @Test
  void ids_are_stable_across_runs_and_distinct_within_a_run() {
    List<Mention> mentions = List.of(strike(0, "aerial", USA, KH, IRAQ, DateSpan.year(2020), null),
        strike(0, "aerial", USA, KH, IRAQ, DateSpan.year(2021), null));
    List<Event> first = new SimilarityEventResolver().resolve(mentions);
    assertEquals(first, new SimilarityEventResolver().resolve(mentions));
    assertEquals(2, first.size());
    assertNotEquals(first.get(0).id(), first.get(1).id());
  }

  @Test
  void the_tightest_date_is_the_intersection_with_open_ends_open() {
    assertEquals(DateSpan.until(PUBLISHED.minusDays(1)),
        SimilarityEventResolver.tightest(DateSpan.until(PUBLISHED), DateSpan.until(PUBLISHED.minusDays(1))));
    assertEquals(DateSpan.between(PUBLISHED.minusDays(7), PUBLISHED.minusDays(1)),
        SimilarityEventResolver.tightest(LEAD, DateSpan.until(PUBLISHED.minusDays(1))));
    assertEquals(DateSpan.week(PUBLISHED), SimilarityEventResolver.tightest(DateSpan.week(PUBLISHED),
        DateSpan.month(java.time.YearMonth.of(2024, 2))), "a calendar unit keeps its precision");
  }

  @Test
  void most_specific_keeps_the_first_events_id_and_adds_the_others_mentions_and_links_once() {
    Event a = EventSimilarity.asEvent(strike(0, "aerial", USA, KH, BAGHDAD, LEAD, 3));
    Event b = new Event("b", a.type(), null, null, null, IRAQ, DateSpan.day(PUBLISHED), 5, 2, a.modality(), 0.9,
        "story", List.of(a.mentions().get(0), new Source("b.txt", PUBLISHED, "x", "strike")),
        List.of(new Link(Link.Type.RESPONSE_TO, "j", null)));
    Event m = SimilarityEventResolver.mostSpecific(a, b);
    assertEquals(a.id(), m.id());
    assertEquals(BAGHDAD, m.place());
    assertEquals(USA, m.actor());
    assertEquals(DateSpan.day(PUBLISHED), m.date());
    assertEquals(Integer.valueOf(5), m.fatalities());
    assertEquals(Integer.valueOf(2), m.injured());
    assertEquals(0.9, m.confidence());
    assertEquals("story", m.story());
    assertEquals(2, m.mentions().size());
    assertEquals(b.links(), m.links());
  }
}
