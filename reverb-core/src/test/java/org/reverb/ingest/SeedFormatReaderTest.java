package org.reverb.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reverb.model.Article;

class SeedFormatReaderTest {

  /** The shared seed articles, seen from the module folder that Maven runs tests in. */
  static final Path SEEDS = Path.of("../../shared/data/seeds");

  private final SeedFormatReader reader = new SeedFormatReader();

  @TempDir
  Path dir;

  @Test
  void the_two_seed_articles_are_read_with_their_dates_and_paragraphs() {
    assumeTrue(Files.isDirectory(SEEDS), "the shared seed articles are not at " + SEEDS.toAbsolutePath());

    Article first = single(Collected.read(reader, SEEDS.resolve("000_ea00b9217850bd5c.txt")));
    assertEquals("000_ea00b9217850bd5c.txt", first.id());
    assertEquals(LocalDate.of(2024, 2, 7), first.published());
    assertNull(first.title());
    assertNull(first.url());
    assertNull(first.source());
    assertTrue(first.text().startsWith("In a recent escalation of tensions in the Middle East, a US drone strike"),
        first.text());
    assertTrue(first.text().endsWith("the broader security situation in the Middle East."), first.text());
    assertTrue(first.text().contains("retaliatory actions.\n\nThe Strike and Its Immediate Aftermath\n\n"
        + "The drone strike took place"), first.text());
    assertEquals(7, first.text().split("\n\n").length);

    Article second = single(Collected.read(reader, SEEDS.resolve("001_dbf4b11c1ec67530.txt")));
    assertEquals("001_dbf4b11c1ec67530.txt", second.id());
    assertEquals(LocalDate.of(2024, 2, 8), second.published());
    assertTrue(second.text().startsWith("Baghdad, February 8, 2024: Hundreds gather to mourn"), second.text());
    assertTrue(second.text().endsWith("in profound and unforeseen ways."), second.text());
    assertEquals(11, second.text().split("\n\n").length);
  }

  @Test
  void the_text_continues_on_the_date_line_and_keeps_its_paragraphs() throws IOException {
    Path file = write("a.txt", " date 2024-02-07 BOGOTA — A car bomb exploded.\nIt was loud.\n\nSecond paragraph.\n");

    Article a = single(Collected.read(reader, file));

    assertEquals(new Article("a.txt", LocalDate.of(2024, 2, 7), null,
        "BOGOTA — A car bomb exploded.\nIt was loud.\n\nSecond paragraph.", null, null), a);
  }

  @Test
  void a_date_line_without_the_leading_space_or_behind_a_byte_order_mark_is_accepted() throws IOException {
    Path bare = write("bare.txt", "date 2024-02-07 Text.");
    Path bom = write("bom.txt", "\uFEFF date 2024-02-07 Text.");
    Path both = write("both.txt", "\uFEFFdate 2024-02-07 Text.");

    for (Path file : new Path[] {bare, bom, both}) {
      Article a = single(Collected.read(reader, file));
      assertEquals(LocalDate.of(2024, 2, 7), a.published(), file.toString());
      assertEquals("Text.", a.text(), file.toString());
    }
  }

  @Test
  void windows_line_endings_become_newlines() throws IOException {
    Path file = write("crlf.txt", " date 2024-02-07 One.\r\n\r\nTwo.\r\n");

    assertEquals("One.\n\nTwo.", single(Collected.read(reader, file)).text());
  }

  @Test
  void text_that_starts_on_the_line_after_the_date_is_read() throws IOException {
    Path file = write("a.txt", " date 2024-02-07\nText.\n");

    assertEquals("Text.", single(Collected.read(reader, file)).text());
  }

  @Test
  void an_empty_file_is_reported() throws IOException {
    Path file = write("empty.txt", "");

    Collected c = Collected.read(reader, file);

    assertTrue(c.articles.isEmpty());
    assertEquals(file + ": empty file; " + SeedFormatReader.DATE_LINE_FIX, c.problem());
  }

  @Test
  void a_file_without_a_date_line_is_reported_with_its_line_and_the_fix() throws IOException {
    Path file = write("000.txt", "BOGOTA — A car bomb exploded.\n");

    Collected c = Collected.read(reader, file);

    assertTrue(c.articles.isEmpty());
    assertEquals(file + ":1: no date line; the first line must begin with \" date YYYY-MM-DD\" followed by the text",
        c.problem());
  }

  @Test
  void an_unparseable_date_is_reported() throws IOException {
    Path file = write("a.txt", " date 07/02/2024 Text.");

    assertEquals(file + ":1: unparseable date \"07/02/2024\" (not YYYY-MM-DD); " + SeedFormatReader.DATE_LINE_FIX,
        Collected.read(reader, file).problem());
  }

  @Test
  void an_impossible_date_is_reported_as_no_such_day() throws IOException {
    Path file = write("a.txt", " date 2024-02-30 Text.");

    assertEquals(file + ":1: impossible date \"2024-02-30\" (no such day); " + SeedFormatReader.DATE_LINE_FIX,
        Collected.read(reader, file).problem());
  }

  @Test
  void a_date_line_with_no_date_is_reported() throws IOException {
    Path file = write("a.txt", " date \nText.");

    assertEquals(file + ":1: no date after \"date\"; " + SeedFormatReader.DATE_LINE_FIX,
        Collected.read(reader, file).problem());
  }

  @Test
  void invalid_utf8_is_reported_with_its_line_and_byte_offset() throws IOException {
    byte[] bytes = concat(" date 2024-02-07 One.\n\n".getBytes(UTF_8), "Caf".getBytes(UTF_8),
        new byte[] {(byte) 0xE9}, " latin-1.\n".getBytes(UTF_8));
    Path file = Files.write(dir.resolve("latin1.txt"), bytes);
    int offset = " date 2024-02-07 One.\n\nCaf".length();

    Collected c = Collected.read(reader, file);

    assertTrue(c.articles.isEmpty());
    assertEquals(file + ":3: invalid UTF-8 byte 0xE9 at byte offset " + offset + "; save the file as UTF-8",
        c.problem());
  }

  @Test
  void a_binary_file_is_reported_as_binary() throws IOException {
    Path file = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, 0});

    Collected c = Collected.read(reader, file);

    assertTrue(c.articles.isEmpty());
    assertTrue(c.problem().startsWith(file + ":2: binary content (NUL byte at byte offset 7); "), c.problem());
  }

  @Test
  void a_date_with_no_text_after_it_is_reported() throws IOException {
    Path file = write("a.txt", " date 2024-02-07 \n\n  \n");

    assertEquals(file + ":1: no text after the date; the article text follows the date, on the same line and the "
        + "lines after it", Collected.read(reader, file).problem());
  }

  @Test
  void a_file_over_the_size_bound_is_refused_with_a_clear_message() throws IOException {
    Path file = write("big.txt", " date 2024-02-07 " + "word ".repeat(100));

    Collected c = Collected.read(new SeedFormatReader(100), file);

    assertTrue(c.articles.isEmpty());
    assertEquals(file + ": file is larger than 100 bytes, the limit for one seed-format article; split it into "
        + "one file per article, or write it as JSON Lines", c.problem());
  }

  @Test
  void a_missing_file_is_reported_not_thrown() {
    Path file = dir.resolve("gone.txt");

    assertEquals(file + ": no such file; check the path", Collected.read(reader, file).problem());
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }

  static Article single(Collected c) {
    assertEquals(List.of(), c.problems);
    assertEquals(1, c.articles.size(), c.articles.toString());
    return c.articles.get(0);
  }

  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
