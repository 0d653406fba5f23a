package org.reverb.model;

import java.util.Locale;

/** How exactly a {@link DateSpan} pins its event down. */
public enum Precision {
  DAY, WEEK, MONTH, YEAR,
  /** A span of days that is no calendar unit, such as "in the days before publication". */
  RANGE,
  /** One end of the interval is unknown: "an earlier attack", "talks to come". */
  OPEN;

  /** The lower-case name used in JSON and the store. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Precision of(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
