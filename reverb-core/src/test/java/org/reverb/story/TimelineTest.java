package org.reverb.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reverb.story.StoryEvents.IRQ;
import static org.reverb.story.StoryEvents.KH;
import static org.reverb.story.StoryEvents.USA;
import static org.reverb.story.StoryEvents.event;
import static org.reverb.story.StoryEvents.span;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reverb.model.DateSpan;
import org.reverb.model.Event;
import org.reverb.model.EventType;

class TimelineTest {

  static final Event YEAR_2020 = event("a-2020", "a", EventType.ASSAULT, null, null, null, DateSpan.year(2020));
  static final Event PREVIOUS = event("b-jordan", "a", EventType.ASSAULT, KH, USA, "JOR",
      DateSpan.until(LocalDate.of(2024, 2, 7)));
  static final Event LAST_WEEK = event("c-week", "a", EventType.ASSAULT, USA, KH, null,
      DateSpan.week(LocalDate.of(2024, 1, 29)));
  static final Event BAGHDAD = event("d-baghdad", "a", EventType.ASSAULT, USA, KH, "IRQ",
      span("2024-01-31", "2024-02-07"));
  static final Event DEMAND = event("e-demand", "a", EventType.REQUEST, IRQ, USA, "IRQ",
      span("2024-02-01", "2024-02-07"));
  static final Event FUNERAL = event("f-funeral", "b", EventType.PROTEST, null, null, "IRQ",
      DateSpan.day(LocalDate.of(2024, 2, 8)));
  static final Event TALKS = event("g-talks", "a", EventType.CONSULT, USA, IRQ, null,
      DateSpan.from(LocalDate.of(2024, 2, 7)));
  static final Event UNDATED = event("h-undated", "a", EventType.ACCUSE, IRQ, USA, null, null);

  @Test
  void the_seed_story_reads_2020_then_jordan_then_last_week_then_baghdad_then_demands_and_funeral_then_talks() {
    List<Event> expected = List.of(YEAR_2020, PREVIOUS, LAST_WEEK, BAGHDAD, DEMAND, FUNERAL, TALKS, UNDATED);
    List<Event> shuffled = new ArrayList<>(expected);
    Collections.reverse(shuffled);

    assertEquals(expected, Timeline.order(shuffled));
  }

  @Test
  void an_earlier_undated_event_with_no_recent_news_sorts_at_its_last_possible_day() {
    Event before = event("x", "a", EventType.ASSAULT, null, null, null, DateSpan.until(LocalDate.of(2024, 3, 1)));
    Event feb = event("y", "a", EventType.ASSAULT, null, null, null, DateSpan.day(LocalDate.of(2024, 2, 1)));
    Event mar = event("z", "a", EventType.ASSAULT, null, null, null, DateSpan.day(LocalDate.of(2024, 3, 2)));

    assertEquals(List.of(feb, before, mar), Timeline.order(List.of(mar, before, feb)));
  }

  @Test
  void a_planned_event_comes_after_the_news_of_the_two_weeks_from_its_start_but_before_later_news() {
    Event planned = event("p", "a", EventType.CONSULT, null, null, null, DateSpan.from(LocalDate.of(2024, 2, 7)));
    Event soon = event("q", "a", EventType.ASSAULT, null, null, null, DateSpan.day(LocalDate.of(2024, 2, 20)));
    Event much = event("r", "a", EventType.ASSAULT, null, null, null, DateSpan.day(LocalDate.of(2024, 4, 1)));

    assertEquals(List.of(soon, planned, much), Timeline.order(List.of(much, planned, soon)));
  }

  @Test
  void an_answer_dated_like_the_event_it_answers_comes_after_it() {
    Event strike = event("z-strike", "a", EventType.ASSAULT, USA, KH, "IRQ", span("2024-02-01", "2024-02-07"));
    Event demand = StoryEvents.event("a-demand", "a", EventType.REQUEST, "withdraw", IRQ, USA, "IRQ",
        span("2024-02-01", "2024-02-07"), null, org.reverb.model.Modality.ASSERTED,
        List.of(new org.reverb.model.Link(org.reverb.model.Link.Type.RESPONSE_TO, "z-strike", null)));

    assertEquals(List.of(strike, demand), Timeline.order(List.of(demand, strike)));
  }

  @Test
  void the_seed_story_is_titled_by_its_main_pair_its_country_and_its_months() {
    List<Event> events = List.of(YEAR_2020, PREVIOUS, LAST_WEEK, BAGHDAD, DEMAND, FUNERAL, TALKS,
        event("i", "a", EventType.ASSAULT, USA, KH, "IRQ", DateSpan.day(LocalDate.of(2024, 2, 6))));

    assertEquals("United States – Kataib Hezbollah, Iraq, Jan–Feb 2024",
        StoryTitles.title(events, LocalDate.of(2024, 2, 7), LocalDate.of(2024, 2, 8)));
  }
}
