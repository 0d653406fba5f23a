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
import org.reverb.model.Mention;
import org.reverb.model.Modality;
import org.reverb.model.Place;

class SignatureEventResolverTest {

  static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 7);
  static final Actor USA = new Actor("USA", "United States", ActorKind.STATE, "USA", null);
  static final Actor KH = new Actor("Kataib Hezbollah", "Kataib Hezbollah", ActorKind.ARMED_GROUP, "IRQ", "IRN");
  static final Place IRAQ = new Place("Iraq", "IRQ", null, 33.0, 44.0, Place.Precision.COUNTRY);
  static final Place BAGHDAD = new Place("Baghdad", "IRQ", null, 33.34, 44.40, Place.Precision.CITY);

  static Mention strike(int sentence, String trigger, Place place, DateSpan date, Integer dead) {
    return new Mention("a.txt", PUBLISHED, sentence, "sentence " + sentence, trigger, EventType.ASSAULT, "aerial",
        USA, KH, place, date, dead, null, Modality.ASSERTED, 0.8);
  }

  @Test
  void two_tellings_of_one_strike_in_an_article_become_one_event_with_both_sources() {
    DateSpan week = DateSpan.between(PUBLISHED.minusDays(7), PUBLISHED);
    List<Event> events = new SignatureEventResolver().resolve(List.of(
        strike(0, "drone strike", IRAQ, week, null),
        strike(4, "strike", BAGHDAD, DateSpan.day(PUBLISHED.minusDays(1)), 3)));
    assertEquals(1, events.size());
    Event e = events.get(0);
    assertEquals(2, e.mentions().size());
    assertEquals(BAGHDAD, e.place(), "the finer place wins");
    assertEquals(DateSpan.day(PUBLISHED.minusDays(1)), e.date(), "the tighter date wins");
    assertEquals(Integer.valueOf(3), e.fatalities());
  }

  @Test
  void different_parties_or_disjoint_dates_stay_apart() {
    Mention other = new Mention("a.txt", PUBLISHED, 2, "s", "attack", EventType.ASSAULT, null, KH, USA, IRAQ,
        DateSpan.until(PUBLISHED), 3, null, Modality.ASSERTED, 0.8);
    Mention year = strike(3, "strike", IRAQ, DateSpan.year(2020), null);
    List<Event> events = new SignatureEventResolver().resolve(List.of(
        strike(0, "drone strike", IRAQ, DateSpan.between(PUBLISHED.minusDays(7), PUBLISHED), null), other, year));
    assertEquals(3, events.size());
  }

  @Test
  void ids_are_stable_across_runs_and_distinct_within_a_run() {
    List<Mention> mentions = List.of(strike(0, "strike", IRAQ, DateSpan.year(2020), null),
        strike(0, "strike", IRAQ, DateSpan.year(2021), null));
    List<Event> first = new SignatureEventResolver().resolve(mentions);
    List<Event> second = new SignatureEventResolver().resolve(mentions);
    assertEquals(first, second);
    assertNotEquals(first.get(0).id(), first.get(1).id());
  }
}
