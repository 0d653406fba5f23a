package org.reverb.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

/** Fuzzing {@link Numbers#parse}: any token gives a non-negative number or none, and digits read as written. */
class NumbersFuzzTest {

  @FuzzTest(maxDuration = "25s")
  void parse(@NotNull String word) {
    Integer n = Numbers.parse(word);
    if (n != null) {
      assertTrue(n >= 0, word + " -> " + n);
      String digits = word.replace(",", "");
      if (digits.matches("\\d{1,7}")) {
        assertEquals(Integer.parseInt(digits), n, word);
      }
    }
  }
}
