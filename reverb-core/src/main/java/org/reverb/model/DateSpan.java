package org.reverb.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * When an event happened, as far as the text supports: an inclusive interval of days.
 * A {@code null} end is open ("before publication", "from now on").
 */
public record DateSpan(LocalDate earliest, LocalDate latest, Precision precision) {

  public DateSpan {
    Objects.requireNonNull(precision, "precision");
    if (earliest == null && latest == null) {
      throw new IllegalArgumentException("a date span needs at least one end; use null for no date");
    }
    if (earliest != null && latest != null && latest.isBefore(earliest)) {
      throw new IllegalArgumentException("date span ends before it starts: " + earliest + ".." + latest);
    }
    if ((earliest == null || latest == null) != (precision == Precision.OPEN)) {
      throw new IllegalArgumentException("open precision goes with exactly the open spans: " + earliest + ".." + latest);
    }
  }

  public static DateSpan day(LocalDate day) {
    return new DateSpan(day, day, Precision.DAY);
  }

  /** The Monday-to-Sunday week holding {@code day}. */
  public static DateSpan week(LocalDate day) {
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new DateSpan(monday, monday.plusDays(6), Precision.WEEK);
  }

  public static DateSpan month(YearMonth month) {
    return new DateSpan(month.atDay(1), month.atEndOfMonth(), Precision.MONTH);
  }

  public static DateSpan year(int year) {
    return new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
  }

  /** Any span of whole days; a single day is {@link Precision#DAY}. */
  public static DateSpan between(LocalDate earliest, LocalDate latest) {
    return new DateSpan(earliest, latest, earliest.equals(latest) ? Precision.DAY : Precision.RANGE);
  }

  /** On or before {@code latest}, with no lower bound. */
  public static DateSpan until(LocalDate latest) {
    return new DateSpan(null, latest, Precision.OPEN);
  }

  /** On or after {@code earliest}, with no upper bound. */
  public static DateSpan from(LocalDate earliest) {
    return new DateSpan(earliest, null, Precision.OPEN);
  }

  /** Whether the two spans share at least one day. */
  public boolean overlaps(DateSpan other) {
    boolean startsBeforeOtherEnds = earliest == null || other.latest == null || !earliest.isAfter(other.latest);
    boolean otherStartsBeforeThisEnds = other.earliest == null || latest == null || !other.earliest.isAfter(latest);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  @Override
  public String toString() {
    return (earliest == null ? "…" : earliest) + ".." + (latest == null ? "…" : latest) + " (" + precision.key() + ")";
  }
}
