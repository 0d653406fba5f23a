package org.reverb.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reverb.story.StoryEvents.IRQ;
import static org.reverb.story.StoryEvents.KH;
import static org.reverb.story.StoryEvents.USA;
import static org.reverb.story.StoryEvents.event;
import static org.reverb.story.StoryEvents.span;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reverb.model.DateSpan;
import org.reverb.model.Event;
import org.reverb.model.EventType;
import org.reverb.model.Link;
import org.reverb.model.Modality;

class WeightedEscalationAnalyzerTest {

  static final EscalationWeights WEIGHTS = EscalationWeights.parse("""
      # test weights
      type\tASSAULT\t5
      type\tASSAULT/aerial\t8
      type\tTHREATEN\t2
      type\tAGREE\t-3
      modality\tplanned\t0
      fatalities\tlog\t2
      """);

  final WeightedEscalationAnalyzer analyzer = new WeightedEscalationAnalyzer(WEIGHTS);

  static final Event JORDAN = event("jordan", "a1", EventType.ASSAULT, null, KH, USA, "JOR",
      DateSpan.day(LocalDate.of(2024, 1, 28)), 3, Modality.ASSERTED, List.of());
  static final Event BAGHDAD = event("baghdad", "a1", EventType.ASSAULT, "aerial", USA, KH, "IRQ",
      span("2024-02-01", "2024-02-07"), null, Modality.ASSERTED, List.of());
  static final Event VOW = event("vow", "a2", EventType.THREATEN, null, KH, USA, "IRQ",
      DateSpan.day(LocalDate.of(2024, 2, 4)), null, Modality.ASSERTED, List.of());
  static final Event TALKS = event("talks", "a1", EventType.AGREE, null, USA, KH, null,
      DateSpan.from(LocalDate.of(2024, 2, 7)), null, Modality.PLANNED, List.of());
  static final Event OTHER_PAIR = event("other", "a1", EventType.ASSAULT, USA, IRQ, "IRQ",
      DateSpan.day(LocalDate.of(2024, 2, 2)));
  static final Event BACK_IN_2020 = event("y2020", "a1", EventType.ASSAULT, USA, KH, null, DateSpan.year(2020));

  @Test
  void an_events_intensity_is_its_weight_plus_twice_the_log_of_its_toll_times_its_modality() {
    assertEquals(5 + 2 * Math.log(4), WEIGHTS.intensity(JORDAN), 1e-12);
    assertEquals(8, WEIGHTS.intensity(BAGHDAD), 1e-12);
    assertEquals(0, WEIGHTS.intensity(TALKS), 1e-12);
    assertEquals(5, WEIGHTS.weight(EventType.ASSAULT, "firearms"), "a mode with no row takes its type's weight");
    assertEquals(0, WEIGHTS.weight(EventType.PROTEST, null), "a type with no row weighs nothing");
  }

  @Test
  void the_series_puts_each_event_on_the_middle_day_of_its_interval_by_direction() {
    Escalation e = analyzer.analyze("USA", "kataib hezbollah",
        List.of(TALKS, BAGHDAD, OTHER_PAIR, VOW, JORDAN, BACK_IN_2020));

    assertEquals(List.of(
        new DayIntensity(LocalDate.of(2024, 1, 28), 0, 5 + 2 * Math.log(4), 3, 1),
        new DayIntensity(LocalDate.of(2024, 2, 4), 8, 2, 0, 2)), e.days());
    assertEquals(2, e.unplaced(), "the year 2020 and the open-ended talks are not on a day");
    assertEquals(List.of(BACK_IN_2020, JORDAN, BAGHDAD, VOW, TALKS), e.events());
  }

  @Test
  void the_trend_is_the_least_squares_slope_of_the_daily_totals_with_empty_days_as_zero() {
    Escalation e = analyzer.analyze("USA", "Kataib Hezbollah", List.of(JORDAN, BAGHDAD, VOW));

    // Days 0..7 from Jan 28: 7.7726 on day 0, 10 on day 7, 0 between.
    assertEquals(0.1856176064800183, e.slope(), 1e-12);
    assertEquals(Escalation.Trend.ESCALATING, e.trend());
    assertEquals(Escalation.Trend.TOO_FEW_DAYS, analyzer.analyze("USA", "Kataib Hezbollah", List.of(BAGHDAD)).trend());
  }

  @Test
  void an_attack_answered_by_the_other_side_is_a_tit_for_tat_step() {
    Escalation e = analyzer.analyze("USA", "Kataib Hezbollah", List.of(JORDAN, BAGHDAD, VOW));

    List<EscalationStep> steps = e.steps();
    assertEquals(List.of("baghdad", "vow"), steps.stream().map(s -> s.event().id()).toList());
    assertEquals("up, tit-for-tat", steps.get(0).label());
    assertEquals(JORDAN, steps.get(0).answers());
    assertEquals("tit-for-tat", steps.get(1).label());
    assertEquals(BAGHDAD, steps.get(1).answers());
    assertEquals(2, e.reciprocalSteps().size());
  }

  @Test
  void a_reply_answers_the_event_it_links_to_rather_than_the_latest() {
    Event second = event("second", "a1", EventType.ASSAULT, null, KH, USA, "IRQ",
        DateSpan.day(LocalDate.of(2024, 1, 30)), null, Modality.ASSERTED, List.of());
    Event reply = event("reply", "a1", EventType.ASSAULT, "aerial", USA, KH, "IRQ",
        DateSpan.day(LocalDate.of(2024, 2, 2)), null, Modality.ASSERTED,
        List.of(new Link(Link.Type.RETALIATION_FOR, "jordan", null)));

    List<EscalationStep> steps = analyzer.steps(List.of(JORDAN, second, reply));

    assertEquals(1, steps.size());
    assertEquals(JORDAN, steps.get(0).answers());
  }

  @Test
  void escalation_steps_need_a_hostile_act_more_intense_than_before_or_answering_the_other_side() {
    Event first = event("first", "a1", EventType.THREATEN, USA, KH, null, DateSpan.day(LocalDate.of(2024, 1, 1)));
    Event same = event("same", "a1", EventType.THREATEN, USA, KH, null, DateSpan.day(LocalDate.of(2024, 1, 2)));
    Event worse = event("worse", "a1", EventType.ASSAULT, USA, KH, null, DateSpan.day(LocalDate.of(2024, 1, 3)));

    List<EscalationStep> steps = analyzer.steps(List.of(first, same, worse, TALKS));

    assertEquals(1, steps.size());
    assertEquals("up", steps.get(0).label());
    assertEquals(worse, steps.get(0).event());
  }

  @Test
  void the_bundled_weights_load_and_a_users_file_overrides_them(@TempDir Path dir) throws Exception {
    assertEquals(8, EscalationWeights.bundled().weight(EventType.ASSAULT, "aerial"));
    Path mine = Files.writeString(dir.resolve("mine.tsv"), "type\tASSAULT/aerial\t10\n");
    assertEquals(10, EscalationWeights.load(mine).weight(EventType.ASSAULT, "aerial"));
    assertEquals(7, EscalationWeights.load(mine).weight(EventType.ASSAULT, null));
  }

  @Test
  void a_bad_weights_row_fails_with_its_file_and_line(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.tsv"), "# ok\ntype\tASSAULT/laser\t10\n");
    EscalationWeightsException e = assertThrows(EscalationWeightsException.class, () -> EscalationWeights.load(bad));
    assertTrue(e.getMessage().startsWith(bad + ":2: 'laser' is no mode of ASSAULT"), e.getMessage());

    Path section = Files.writeString(dir.resolve("section.tsv"), "colour\tASSAULT\tred\n");
    e = assertThrows(EscalationWeightsException.class, () -> EscalationWeights.load(section));
    assertTrue(e.getMessage().contains(":1: value 'red' is not a number"), e.getMessage());
  }
}
