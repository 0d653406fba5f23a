package org.reverb.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Reads a publication date written as ISO 8601 and says what is wrong with one that is not. */
final class PublishedDates {

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private PublishedDates() {}

  /**
   * Reads {@code YYYY-MM-DD}, or with {@code dateTimes} also an ISO date-time with or without an offset or zone
   * ({@code 2024-02-07T09:30:00Z}, a space instead of the {@code T} is accepted), keeping the date as written:
   * the publisher's calendar day, not converted to UTC.
   *
   * @throws DateTimeException whose message names the value and what is wrong: an impossible or unparseable date
   */
  static LocalDate parse(String value, boolean dateTimes) {
    String v = value.strip();
    if (v.length() > 10 && v.charAt(10) == ' ') {
      v = v.substring(0, 10) + 'T' + v.substring(11);
    }
    try {
      return dateTimes && v.length() > 10
          ? DateTimeFormatter.ISO_DATE_TIME.parse(v, LocalDate::from)
          : LocalDate.parse(v, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      boolean day = v.length() >= 10 && DAY.matcher(v.substring(0, 10)).matches();
      if (day && !isRealDay(v.substring(0, 10))) {
        throw new DateTimeException("impossible date \"" + value + "\" (no such day)");
      }
      throw new DateTimeException("unparseable date \"" + value + "\" (not " + (dateTimes
          ? "an ISO date or date-time)" : "YYYY-MM-DD)"));
    }
  }

  private static boolean isRealDay(String yyyyMmDd) {
    try {
      LocalDate.parse(yyyyMmDd, DateTimeFormatter.ISO_LOCAL_DATE);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
