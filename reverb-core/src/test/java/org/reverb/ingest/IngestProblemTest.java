package org.reverb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IngestProblemTest {

  @Test
  void a_problem_on_a_line_prints_like_a_compiler_error() {
    assertEquals("000.txt:1: no date line", new IngestProblem("000.txt", 1, "no date line").toString());
  }

  @Test
  void a_problem_with_the_whole_input_prints_without_a_line() {
    assertEquals("in/: no such file or folder", new IngestProblem("in/", null, "no such file or folder").toString());
  }

  @Test
  void a_line_break_in_an_input_name_or_message_is_shown_escaped_so_the_problem_stays_one_line() {
    // found by ReadersFuzzTest#feed: an Atom entry id with a line break in it
    IngestProblem p = new IngestProblem("feed.xml item tag:a\n 2021:b", null, "cannot read\r\nthe page\u0007");
    assertEquals("feed.xml item tag:a\\n 2021:b: cannot read\\r\\nthe page\\u0007", p.toString());
  }

  @Test
  void line_numbers_start_at_one() {
    assertThrows(IllegalArgumentException.class, () -> new IngestProblem("a.txt", 0, "x"));
  }
}
