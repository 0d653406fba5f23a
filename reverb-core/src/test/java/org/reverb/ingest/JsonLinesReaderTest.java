package org.reverb.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reverb.model.Article;

class JsonLinesReaderTest {

  private final JsonLinesReader reader = new JsonLinesReader();

  @TempDir
  Path dir;

  @Test
  void a_record_becomes_an_article_with_all_its_fields() throws IOException {
    Path file = write("a.jsonl", "{\"id\": \"a1\", \"published\": \"2024-02-07\", \"title\": \"Strike in Baghdad\", "
        + "\"text\": \"One.\\n\\nTwo.\", \"url\": \"https://example.org/a1\", \"source\": \"Example Wire\"}\n");

    Collected c = Collected.read(reader, file);

    assertEquals(List.of(), c.problems);
    assertEquals(List.of(new Article("a1", LocalDate.of(2024, 2, 7), "Strike in Baghdad", "One.\n\nTwo.",
        "https://example.org/a1", "Example Wire")), c.articles);
  }

  @Test
  void a_malformed_line_in_the_middle_is_reported_and_the_lines_around_it_still_come_through() throws IOException {
    Path file = write("a.jsonl", String.join("\n",
        record("a1", "2024-02-07", "First."),
        "{\"id\": \"a2\", \"published\": \"2024-02-07\", \"text\": \"cut off",
        record("a3", "2024-02-08", "Third.")));

    Collected c = Collected.read(reader, file);

    assertEquals(List.of("a1", "a3"), c.ids());
    assertEquals(1, c.problems.size(), c.problems.toString());
    assertEquals(2, c.problems.get(0).line());
    assertTrue(c.problem().startsWith(file + ":2: not JSON ("), c.problem());
    assertTrue(c.problem().endsWith("; each line must be one JSON object such as "
        + "{\"id\": \"a1\", \"published\": \"2024-02-07\", \"text\": \"...\"}"), c.problem());
  }

  @Test
  void a_field_of_the_wrong_json_type_is_reported_with_its_line() throws IOException {
    Path file = write("a.jsonl", record("a1", "2024-02-07", "Good.") + "\n"
        + "{\"id\": \"a2\", \"published\": \"2024-02-07\", \"text\": 42}\n"
        + "{\"id\": \"a3\", \"published\": \"2024-02-07\", \"text\": \"Good.\", \"title\": [\"x\"]}\n");

    Collected c = Collected.read(reader, file);

    assertEquals(List.of("a1"), c.ids());
    assertEquals(List.of(
        file + ":2: \"text\" is a number; it must be a string",
        file + ":3: \"title\" is an array; it must be a string"),
        c.problems.stream().map(IngestProblem::toString).toList());
  }

  @Test
  void a_line_that_is_not_an_object_is_reported() throws IOException {
    Path file = write("a.jsonl", "[1, 2]\n\"text\"\nnull\n");

    Collected c = Collected.read(reader, file);

    assertTrue(c.articles.isEmpty());
    assertEquals(List.of(1, 2, 3), c.problems.stream().map(IngestProblem::line).toList());
    assertTrue(c.problems.get(0).message().startsWith("a JSON array where an object was expected; "), c.problems
        .toString());
    assertTrue(c.problems.get(2).message().startsWith("a JSON null where an object was expected; "), c.problems
        .toString());
  }

  @Test
  void two_objects_on_one_line_are_reported() throws IOException {
    Path file = write("a.jsonl", record("a1", "2024-02-07", "One.") + " " + record("a2", "2024-02-07", "Two."));

    Collected c = Collected.read(reader, file);

    assertTrue(c.articles.isEmpty());
    assertTrue(c.problem().startsWith(file + ":1: not JSON ("), c.problem());
  }

  @Test
  void missing_or_blank_text_is_reported() throws IOException {
    Path file = write("a.jsonl", "{\"id\": \"a1\", \"published\": \"2024-02-07\"}\n"
        + "{\"id\": \"a2\", \"published\": \"2024-02-07\", \"text\": \"  \"}\n");

    Collected c = Collected.read(reader, file);

    assertEquals(List.of(
        file + ":1: \"text\" is missing; give the article's body text as a string",
        file + ":2: \"text\" is blank; give the article's body text as a string"),
        c.problems.stream().map(IngestProblem::toString).toList());
  }

  @Test
  void missing_unparseable_and_impossible_publication_dates_are_reported() throws IOException {
    Path file = write("a.jsonl", "{\"id\": \"a1\", \"text\": \"T.\"}\n"
        + record("a2", "yesterday", "T.") + "\n"
        + record("a3", "2024-02-30", "T.") + "\n"
        + "{\"id\": \"a4\", \"published\": 20240207, \"text\": \"T.\"}\n");

    Collected c = Collected.read(reader, file);

    String fix = "; give a string such as \"2024-02-07\" or \"2024-02-07T09:30:00Z\"";
    assertEquals(List.of(
        file + ":1: \"published\" is missing" + fix,
        file + ":2: \"published\": unparseable date \"yesterday\" (not an ISO date or date-time)" + fix,
        file + ":3: \"published\": impossible date \"2024-02-30\" (no such day)" + fix,
        file + ":4: \"published\" is a number; it must be a string"),
        c.problems.stream().map(IngestProblem::toString).toList());
  }

  @Test
  void published_may_be_a_date_time_and_its_date_part_is_taken_as_written() throws IOException {
    Path file = write("a.jsonl", String.join("\n",
        record("a1", "2024-02-07T09:30:00", "T."),
        record("a2", "2024-02-07T23:30:00-05:00", "T."),
        record("a3", "2024-02-07T23:30:00Z", "T."),
        record("a4", "2024-02-07 23:30:00", "T."),
        record("a5", "2024-02-07T09:30:00+01:00[Europe/Paris]", "T.")));

    Collected c = Collected.read(reader, file);

    assertEquals(List.of(), c.problems);
    assertEquals(5, c.articles.size());
    c.articles.forEach(a -> assertEquals(LocalDate.of(2024, 2, 7), a.published(), a.id()));
  }

  @Test
  void the_url_stands_in_for_a_missing_id_and_a_record_with_neither_is_reported() throws IOException {
    Path file = write("a.jsonl",
        "{\"url\": \"https://example.org/x\", \"published\": \"2024-02-07\", \"text\": \"T.\"}\n"
            + "{\"id\": 17, \"published\": \"2024-02-07\", \"text\": \"T.\"}\n"
            + "{\"published\": \"2024-02-07\", \"text\": \"T.\"}\n");

    Collected c = Collected.read(reader, file);

    assertEquals(List.of("https://example.org/x", "17"), c.ids());
    assertEquals("https://example.org/x", c.articles.get(0).url());
    assertEquals(file + ":3: no \"id\" and no \"url\"; give each record an \"id\" (or a \"url\", which then serves "
        + "as its id)", c.problem());
  }

  @Test
  void blank_lines_are_skipped_and_line_numbers_count_them() throws IOException {
    Path file = write("a.jsonl", "\uFEFF" + record("a1", "2024-02-07", "T.") + "\r\n\r\n   \n{bad}\n\n");

    Collected c = Collected.read(reader, file);

    assertEquals(List.of("a1"), c.ids());
    assertEquals(4, c.problems.get(0).line());
    assertEquals(1, c.problems.size());
  }

  @Test
  void invalid_utf8_on_one_line_is_reported_and_the_other_lines_go_on() throws IOException {
    byte[] bad = "{\"id\": \"a2\", \"published\": \"2024-02-07\", \"text\": \"Caf".getBytes(UTF_8);
    Path file = Files.write(dir.resolve("a.jsonl"), SeedFormatReaderTest.concat(
        (record("a1", "2024-02-07", "T.") + "\n").getBytes(UTF_8), bad, new byte[] {(byte) 0xE9},
        ".\"}\n".getBytes(UTF_8), record("a3", "2024-02-07", "T.").getBytes(UTF_8)));

    Collected c = Collected.read(reader, file);

    assertEquals(List.of("a1", "a3"), c.ids());
    assertEquals(file + ":2: invalid UTF-8 byte 0xE9 at byte offset " + bad.length + " of the line; save the file "
        + "as UTF-8", c.problem());
  }

  @Test
  void a_line_over_the_bound_is_refused_and_the_next_line_is_read() throws IOException {
    Path file = write("a.jsonl", record("a1", "2024-02-07", "x".repeat(500)) + "\n"
        + record("a2", "2024-02-07", "short"));

    Collected c = Collected.read(new JsonLinesReader(200), file);

    assertEquals(List.of("a2"), c.ids());
    assertEquals(file + ":1: line is longer than 200 bytes, the limit for one article; split the record or leave "
        + "it out", c.problem());
  }

  @Test
  void a_line_longer_than_the_read_buffer_is_read_whole() throws IOException {
    // Longer than the 64 KB read buffer, within the 100,000-character bound on an article.
    String text = "word ".repeat(19_000).strip();
    Path file = write("a.jsonl", record("a1", "2024-02-07", text) + "\n" + record("a2", "2024-02-07", "T."));

    Collected c = Collected.read(reader, file);

    assertEquals(List.of("a1", "a2"), c.ids());
    assertEquals(text, c.articles.get(0).text());
  }

  @Test
  void a_binary_file_is_reported_once_without_throwing() throws IOException {
    Path file = Files.write(dir.resolve("a.jsonl"), new byte[] {0, 1, 2, '\n', (byte) 0xFF, 0});

    Collected c = Collected.read(reader, file);

    assertTrue(c.articles.isEmpty());
    assertEquals(file + ":1: binary content (NUL byte), so the rest of the file is skipped; a JSON Lines file is "
        + "UTF-8 text, one object per line (re-save UTF-16 as UTF-8)", c.problem());
  }

  @Test
  void a_missing_file_is_reported_not_thrown() {
    Path file = dir.resolve("gone.jsonl");

    assertEquals(file + ": no such file; check the path", Collected.read(reader, file).problem());
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }

  private static String record(String id, String published, String text) {
    return "{\"id\": \"" + id + "\", \"published\": \"" + published + "\", \"text\": \"" + text + "\"}";
  }
}
