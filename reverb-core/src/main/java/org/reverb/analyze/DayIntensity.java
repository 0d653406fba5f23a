package org.reverb.analyze;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of an escalation series.
 *
 * @param day the day
 * @param forward intensity of the events from the first party on the second
 * @param backward intensity of the events from the second party on the first
 * @param fatalities deaths stated in those events
 * @param events how many events fall on the day
 */
public record DayIntensity(LocalDate day, double forward, double backward, int fatalities, int events) {

  public DayIntensity {
    Objects.requireNonNull(day, "day");
  }

  /** Both directions together. */
  public double total() {
    return forward + backward;
  }
}
