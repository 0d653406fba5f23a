package org.reverb.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void digits_words_and_hyphenated_tens_are_read() {
    assertEquals(1200, Numbers.parse("1,200"));
    assertEquals(3, Numbers.parse("three"));
    assertEquals(21, Numbers.parse("twenty-one"));
    assertEquals(12, Numbers.parse("dozen"));
  }

  @Test
  void words_that_are_not_numbers_give_nothing() {
    assertNull(Numbers.parse("dozens"));
    assertNull(Numbers.parse("several"));
    assertNull(Numbers.parse("one-third"));
  }
}
