package org.reverb.resolve;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.DateTimeException;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reverb.model.DateSpan;

/** Turns TIMEX3 values ("2024-02-05", "2024-W05", "2024-02", "2020", "PAST_REF") into date spans. */
public final class TimexDates {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})(-WE)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
  private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");

  private TimexDates() {}

  /**
   * The span a TIMEX3 value denotes, or {@code null} when it gives no usable date (durations, sets,
   * "now", values with unknown parts). {@code PAST_REF} ("recently", "earlier") is open before
   * {@code published}; {@code FUTURE_REF} open after it.
   */
  public static DateSpan span(String value, LocalDate published) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    int slash = v.indexOf('/');
    if (slash > 0) {
      DateSpan a = span(v.substring(0, slash), published);
      DateSpan b = span(v.substring(slash + 1), published);
      if (a == null || b == null || a.earliest() == null || b.latest() == null
          || b.latest().isBefore(a.earliest())) {
        return null;
      }
      return DateSpan.between(a.earliest(), b.latest());
    }
    switch (v) {
      case "PAST_REF":
        return DateSpan.until(published);
      case "FUTURE_REF":
        return DateSpan.from(published);
      default:
        break;
    }
    try {
      Matcher m;
      if ((m = DAY.matcher(v)).matches()) {
        return DateSpan.day(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
      }
      if ((m = WEEK.matcher(v)).matches()) {
        LocalDate monday = LocalDate.of(num(m, 1), 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
            .with(java.time.DayOfWeek.MONDAY);
        if (m.group(3) != null) {
          return DateSpan.between(monday.plusDays(5), monday.plusDays(6));
        }
        return DateSpan.week(monday);
      }
      if ((m = MONTH.matcher(v)).matches()) {
        return DateSpan.month(YearMonth.of(num(m, 1), num(m, 2)));
      }
      if ((m = QUARTER.matcher(v)).matches()) {
        int q = num(m, 2);
        YearMonth first = YearMonth.of(num(m, 1), 3 * q - 2);
        return DateSpan.between(first.atDay(1), first.plusMonths(2).atEndOfMonth());
      }
      if ((m = HALF.matcher(v)).matches()) {
        YearMonth first = YearMonth.of(num(m, 1), num(m, 2) == 1 ? 1 : 7);
        return DateSpan.between(first.atDay(1), first.plusMonths(5).atEndOfMonth());
      }
      if ((m = SEASON.matcher(v)).matches()) {
        int year = num(m, 1);
        YearMonth first = switch (m.group(2)) {
          case "SP" -> YearMonth.of(year, 3);
          case "SU" -> YearMonth.of(year, 6);
          case "FA" -> YearMonth.of(year, 9);
          default -> YearMonth.of(year, 12);
        };
        return DateSpan.between(first.atDay(1), first.plusMonths(2).atEndOfMonth());
      }
      if ((m = YEAR.matcher(v)).matches()) {
        return DateSpan.year(num(m, 1));
      }
      if ((m = DECADE.matcher(v)).matches() && v.length() == 4) {
        int start = num(m, 1) * 10;
        return DateSpan.between(LocalDate.of(start, 1, 1), LocalDate.of(start + 9, 12, 31));
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
