package org.reverb.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class EventSimilarityTest {

  static final LocalDate FEB_7 = LocalDate.of(2024, 2, 7);
  static final LocalDate FEB_8 = LocalDate.of(2024, 2, 8);
  static final Actor USA = new Actor("USA", "United States", ActorKind.STATE, "USA", null);
  static final Actor KH = new Actor("Kataib Hezbollah", "Kataib Hezbollah", ActorKind.ARMED_GROUP, "IRQ", "IRN");
  static final Place BAGHDAD = new Place("Baghdad", "IRQ", "Baghdad", 33.34, 44.40, Place.Precision.CITY);
  static final Place IRAQ = new Place("Iraq", "IRQ", null, 33.0, 44.0, Place.Precision.COUNTRY);
  static final Place JORDAN = new Place("Jordan", "JOR", null, 31.0, 36.0, Place.Precision.COUNTRY);
  static final Place KABUL = new Place("Kabul", "AFG", "Kabul", 34.53, 69.17, Place.Precision.CITY);
  static final Place BOGOTA = new Place("Bogota", "COL", "Bogota", 4.61, -74.08, Place.Precision.CITY);

  static Event event(String id, String article, LocalDate published, String sentence, String mode, Actor actor,
      Actor target, Place place, DateSpan date, Integer dead) {
    return new Event(id, EventType.ASSAULT, mode, actor, target, place, date, dead, null, Modality.ASSERTED, 0.8,
        null, List.of(new Source(article, published, sentence, "strike")), List.of());
  }

  /** The seed of 2024-02-07: the strike in Baghdad, some day of the week before. */
  static Event baghdadStrike() {
    return event("s0", "000.txt", FEB_7, "In a recent escalation of tensions in the Middle East, a US drone strike in "
        + "the heart of Baghdad resulted in the deaths of three members of the Kataib Hezbollah militia.", "aerial",
        USA, KH, BAGHDAD, DateSpan.between(FEB_7.minusDays(7), FEB_7), 3);
  }

  /** The seed of 2024-02-08: "the recent US drone strike in Baghdad", an earlier event with no date. */
  static Event recentStrike() {
    return event("s1", "001.txt", FEB_8, "Hundreds gather to mourn the fallen commander, a casualty of the recent US "
        + "drone strike in Baghdad.", "aerial", USA, null, BAGHDAD, DateSpan.until(FEB_8), null);
  }

  static Event jordanAttack() {
    return event("s2", "000.txt", FEB_7, "This particular strike was a response to the killing of three US soldiers "
        + "in a drone attack on a base in Jordan.", "aerial", KH, USA, JORDAN, DateSpan.until(FEB_7), 3);
  }

  @Test
  void the_recent_us_drone_strike_in_baghdad_of_feb_8_is_the_strike_reported_on_feb_7() {
    assertTrue(EventSimilarity.same(baghdadStrike(), recentStrike()),
        "score " + EventSimilarity.score(baghdadStrike(), recentStrike()));
  }

  @Test
  void the_score_is_symmetric_and_in_the_unit_interval() {
    double s = EventSimilarity.score(baghdadStrike(), recentStrike());
    assertEquals(s, EventSimilarity.score(recentStrike(), baghdadStrike()), 1e-12);
    assertTrue(s > 0 && s <= 1);
    assertTrue(EventSimilarity.score(baghdadStrike(), baghdadStrike()) <= 1);
  }

  @Test
  void the_jordan_attack_and_the_baghdad_strike_are_not_one_event() {
    assertEquals(0, EventSimilarity.score(baghdadStrike(), jordanAttack()));
    assertFalse(EventSimilarity.same(recentStrike(), jordanAttack()));
  }

  @Test
  void two_assaults_in_different_countries_are_not_one_event() {
    Event kabul = event("k", "a.txt", FEB_7, "A suicide bomber struck.", "bombing", null, null, KABUL,
        DateSpan.day(FEB_7), 13);
    Event bogota = event("b", "b.txt", FEB_7, "A suicide bomber struck.", "bombing", null, null, BOGOTA,
        DateSpan.day(FEB_7), 13);
    assertEquals(0, EventSimilarity.score(kabul, bogota));
  }

  @Test
  void dates_that_do_not_overlap_are_not_one_event() {
    Event in2020 = event("q", "000.txt", FEB_7, "A similar strike back in 2020.", "aerial", USA, KH, BAGHDAD,
        DateSpan.year(2020), null);
    assertEquals(0, EventSimilarity.score(baghdadStrike(), in2020));
  }

  @Test
  void different_modes_or_modalities_are_not_one_event_but_a_missing_mode_matches_any() {
    Event b = baghdadStrike();
    Event shelling = event("x", "001.txt", FEB_8, b.mentions().get(0).sentence(), "shelling", USA, KH, BAGHDAD,
        b.date(), 3);
    Event noMode = event("y", "001.txt", FEB_8, b.mentions().get(0).sentence(), null, USA, KH, BAGHDAD, b.date(), 3);
    Event threatened = new Event("z", b.type(), b.mode(), USA, KH, BAGHDAD, b.date(), 3, null, Modality.THREATENED,
        0.8, null, b.mentions(), List.of());
    assertEquals(0, EventSimilarity.score(b, shelling));
    assertEquals(0, EventSimilarity.score(b, threatened));
    assertTrue(EventSimilarity.same(b, noMode));
  }

  @Test
  void a_suicide_bombing_and_a_bombing_are_compatible_modes() {
    assertTrue(EventSimilarity.modesCompatible(EventType.ASSAULT, "suicide", "bombing"));
    assertFalse(EventSimilarity.modesCompatible(EventType.ASSAULT, "aerial", "bombing"));
  }

  @Test
  void events_with_no_party_in_common_need_the_same_city_and_a_tight_shared_date() {
    Event a = event("a", "a.txt", FEB_7, "A bomb exploded at a market.", "bombing", null, null, KABUL,
        DateSpan.day(FEB_7), 13);
    Event b = event("b", "b.txt", FEB_8, "The market bombing killed 13.", "bombing", null, null, KABUL,
        DateSpan.between(FEB_7.minusDays(3), FEB_8), 13);
    Event country = event("c", "b.txt", FEB_8, "The market bombing killed 13.", "bombing", null, null,
        new Place("Afghanistan", "AFG", null, null, null, Place.Precision.COUNTRY),
        DateSpan.between(FEB_7.minusDays(3), FEB_8), 13);
    Event open = event("d", "b.txt", FEB_8, "The market bombing killed 13.", "bombing", null, null, KABUL,
        DateSpan.until(FEB_8), 13);
    assertTrue(EventSimilarity.same(a, b));
    assertEquals(0, EventSimilarity.score(a, country), "only a country in common");
    Event earlier = event("e", "c.txt", FEB_8, "The market bombing killed 13.", "bombing", null, null, KABUL,
        DateSpan.until(FEB_7), 13);
    assertEquals(0, EventSimilarity.score(earlier, open), "an open-ended shared interval");
  }

  @Test
  void a_tighter_date_overlap_and_a_closer_toll_score_higher() {
    Event b = baghdadStrike();
    Event sameDay = event("d", "x.txt", FEB_8, "x", "aerial", USA, KH, BAGHDAD, DateSpan.day(FEB_7), 3);
    Event sameWeek = event("w", "x.txt", FEB_8, "x", "aerial", USA, KH, BAGHDAD, DateSpan.week(FEB_7), 3);
    Event otherToll = event("t", "x.txt", FEB_8, "x", "aerial", USA, KH, BAGHDAD, DateSpan.day(FEB_7), 30);
    Event day = event("e", "x.txt", FEB_8, "x", "aerial", USA, KH, BAGHDAD, DateSpan.day(FEB_7), 3);
    assertTrue(EventSimilarity.score(day, sameDay) > EventSimilarity.score(b, sameWeek));
    assertTrue(EventSimilarity.score(day, sameDay) > EventSimilarity.score(day, otherToll));
  }

  @Test
  void the_sentence_text_breaks_ties_between_otherwise_equal_candidates() {
    Event b = baghdadStrike();
    Event similar = event("t1", "x.txt", FEB_8, "A US drone strike in Baghdad killed three Kataib Hezbollah members.",
        "aerial", USA, KH, BAGHDAD, b.date(), 3);
    Event unrelated = event("t2", "x.txt", FEB_8, "Officials met on Tuesday.", "aerial", USA, KH, BAGHDAD, b.date(),
        3);
    assertTrue(EventSimilarity.score(b, similar) > EventSimilarity.score(b, unrelated));
  }

  @Test
  void tokens_are_lower_case_content_words_with_plural_and_verb_endings_cut() {
    assertEquals(java.util.Set.of("strike", "kill", "three", "member"),
        EventSimilarity.tokens("The strikes killed three of the members."));
  }
}
