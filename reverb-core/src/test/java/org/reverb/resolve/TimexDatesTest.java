package org.reverb.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reverb.model.DateSpan;
import org.reverb.model.Precision;

class TimexDatesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 7);

  @Test
  void a_day_value_is_that_day() {
    assertEquals(DateSpan.day(LocalDate.of(2024, 2, 2)), TimexDates.span("2024-02-02", PUBLISHED));
    assertEquals(DateSpan.day(LocalDate.of(2024, 2, 2)), TimexDates.span("2024-02-02T14:00", PUBLISHED));
  }

  @Test
  void last_week_of_a_wednesday_in_february_2024_is_monday_29_january_to_sunday_4_february() {
    DateSpan span = TimexDates.span("2024-W05", PUBLISHED);
    assertEquals(new DateSpan(LocalDate.of(2024, 1, 29), LocalDate.of(2024, 2, 4), Precision.WEEK), span);
  }

  @Test
  void a_weekend_is_its_saturday_and_sunday() {
    assertEquals(DateSpan.between(LocalDate.of(2024, 2, 3), LocalDate.of(2024, 2, 4)),
        TimexDates.span("2024-W05-WE", PUBLISHED));
  }

  @Test
  void back_in_2020_is_the_whole_year() {
    assertEquals(DateSpan.year(2020), TimexDates.span("2020", PUBLISHED));
  }

  @Test
  void months_quarters_and_seasons_are_their_spans() {
    assertEquals(new DateSpan(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 31), Precision.MONTH),
        TimexDates.span("2023-10", PUBLISHED));
    assertEquals(DateSpan.between(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 6, 30)),
        TimexDates.span("2023-Q2", PUBLISHED));
    assertEquals(DateSpan.between(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 8, 31)),
        TimexDates.span("2023-SU", PUBLISHED));
  }

  @Test
  void past_and_future_references_are_open_on_one_side_of_publication() {
    assertEquals(DateSpan.until(PUBLISHED), TimexDates.span("PAST_REF", PUBLISHED));
    assertEquals(DateSpan.from(PUBLISHED), TimexDates.span("FUTURE_REF", PUBLISHED));
  }

  @Test
  void a_range_spans_from_its_first_start_to_its_last_end() {
    assertEquals(DateSpan.between(LocalDate.of(2024, 1, 29), LocalDate.of(2024, 2, 2)),
        TimexDates.span("2024-01-29/2024-02-02", PUBLISHED));
  }

  @Test
  void values_without_a_usable_date_give_nothing() {
    assertNull(TimexDates.span(null, PUBLISHED));
    assertNull(TimexDates.span("P3D", PUBLISHED));
    assertNull(TimexDates.span("XXXX-02-30", PUBLISHED));
    assertNull(TimexDates.span("2024-02-30", PUBLISHED));
    assertNull(TimexDates.span("PRESENT_REF", PUBLISHED));
  }
}
