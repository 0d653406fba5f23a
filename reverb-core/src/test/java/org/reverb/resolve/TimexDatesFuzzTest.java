package org.reverb.resolve;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import org.reverb.model.DateSpan;

/** Fuzzing {@link TimexDates#span}: any TIMEX value gives an ordered span or none, and never throws. */
class TimexDatesFuzzTest {

  @FuzzTest(maxDuration = "25s")
  void span(FuzzedDataProvider in) {
    LocalDate published = LocalDate.ofEpochDay(in.consumeLong(LocalDate.of(1900, 1, 1).toEpochDay(),
        LocalDate.of(2100, 12, 31).toEpochDay()));
    String value = in.consumeRemainingAsString();
    DateSpan span = TimexDates.span(value, published);
    if (span != null && span.earliest() != null && span.latest() != null) {
      assertFalse(span.latest().isBefore(span.earliest()), value + " -> " + span);
    }
  }
}
