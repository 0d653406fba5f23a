package org.reverb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8: every kind of hostile input, in one batch with a good article, gives exactly one problem naming its file
 * (one line, no stack trace), and the good article still comes through.
 */
class HostileInputTest {

  private static final String GOOD = " date 2024-02-07 A US drone strike in Baghdad killed three fighters.\n";

  @TempDir
  Path dir;

  @Test
  void each_hostile_file_is_one_problem_naming_it_and_the_good_article_still_comes_through() throws IOException {
    write("00_good.txt", GOOD);
    write("01_empty.txt", "");
    Files.write(dir.resolve("02_binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
    Files.write(dir.resolve("03_latin1.txt"), " date 2024-02-07 Caf\u00e9 bombed.".getBytes(StandardCharsets.ISO_8859_1));
    write("04_no_date.txt", "A US drone strike in Baghdad killed three fighters.\n");
    write("05_impossible.txt", " date 2024-02-30 A strike.\n");
    write("06_ten_megabytes.txt", " date 2024-02-07 " + "Protesters marched. ".repeat(10 * 1024 * 1024 / 20));
    write("07_many_sentences.txt", " date 2024-02-07 " + "Go. ".repeat(100_000));
    write("08_malformed.jsonl", "{\"id\": \"a\", \"published\": \"2024-02-07\", \"text\": \"x\"\n");
    write("09_wrong_type.jsonl", "{\"id\": \"b\", \"published\": 20240207, \"text\": \"Strike.\"}\n");
    write("10_broken.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>x</title></channel>");
    write("11_xxe.rss", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title><description>&x;</description>"
        + "<pubDate>Wed, 07 Feb 2024 10:00:00 GMT</pubDate></item></channel></rss>");
    write("12_huge.jsonl", "{\"id\": \"c\", \"published\": \"2024-02-07\", \"text\": \""
        + "Troops advanced. ".repeat(10_000) + "\"}\n");

    Collected c = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Collected.read(List.of(dir)));

    assertEquals(List.of("00_good.txt"), c.ids());
    Map<String, String> byFile = new TreeMap<>();
    for (IngestProblem p : c.problems) {
      String file = Path.of(p.input()).getFileName().toString();
      assertFalse(byFile.containsKey(file), "two problems for " + file + ": " + c.problems);
      assertFalse(p.toString().contains("\n") || p.toString().contains("Exception"), p.toString());
      byFile.put(file, p.message());
    }
    assertEquals(List.of("01_empty.txt", "02_binary.txt", "03_latin1.txt", "04_no_date.txt", "05_impossible.txt",
        "06_ten_megabytes.txt", "07_many_sentences.txt", "08_malformed.jsonl", "09_wrong_type.jsonl",
        "10_broken.rss", "11_xxe.rss", "12_huge.jsonl"), List.copyOf(byFile.keySet()));
    assertTrue(byFile.get("01_empty.txt").startsWith("empty file"));
    assertTrue(byFile.get("02_binary.txt").startsWith("binary content"));
    assertTrue(byFile.get("03_latin1.txt").startsWith("invalid UTF-8 byte 0xE9"));
    assertTrue(byFile.get("04_no_date.txt").startsWith("no date line"));
    assertTrue(byFile.get("05_impossible.txt").startsWith("impossible date \"2024-02-30\""));
    assertTrue(byFile.get("06_ten_megabytes.txt").startsWith("the text has 10,485,7"), byFile.get("06_ten_megabytes.txt"));
    assertTrue(byFile.get("07_many_sentences.txt").startsWith("the text has 399,999 characters, over the limit of "
        + "100,000"), byFile.get("07_many_sentences.txt"));
    assertTrue(byFile.get("08_malformed.jsonl").startsWith("not JSON"));
    assertTrue(byFile.get("09_wrong_type.jsonl").contains("\"published\""), byFile.get("09_wrong_type.jsonl"));
    assertTrue(byFile.get("11_xxe.rss").contains("DOCTYPE"), byFile.get("11_xxe.rss"));
    assertTrue(byFile.get("12_huge.jsonl").startsWith("\"text\": the text has 169,999 characters"),
        byFile.get("12_huge.jsonl"));
  }

  @Test
  void an_article_at_the_bound_is_read_and_one_character_more_is_refused() throws IOException {
    String prefix = " date 2024-02-07 ";
    Path at = write("at.txt", prefix + "x".repeat(ArticleBounds.MAX_TEXT_CHARS));
    Path over = write("over.txt", prefix + "x".repeat(ArticleBounds.MAX_TEXT_CHARS + 1));

    assertEquals(List.of("at.txt"), Collected.read(new SeedFormatReader(), at).ids());
    assertEquals(over + ": the text has 100,001 characters, over the limit of 100,000 for one article (a news "
        + "report has a few thousand); split it into articles or leave it out",
        Collected.read(new SeedFormatReader(), over).problem());
  }

  @Test
  void a_page_keeps_none_of_its_scripts_styles_or_inline_handlers() throws IOException {
    Path page = write("page.html", "<html><head><meta property=\"article:published_time\" content=\"2024-02-07\">"
        + "<script>var secret = 'SCRIPT-TEXT';</script><style>p { color: red } /* STYLE-TEXT */</style></head>"
        + "<body onload=\"alert('HANDLER-TEXT')\"><article><p>A US drone strike in Baghdad killed three fighters "
        + "of Kataib Hezbollah on Wednesday, officials said.</p><script>document.write('<p>INJECTED-TEXT</p>')"
        + "</script><noscript>NOSCRIPT-TEXT</noscript><p>The group vowed to answer the strike, its spokesman "
        + "said.<img src=x onerror=\"alert('IMG-TEXT')\"></p></article></body></html>");

    Collected c = Collected.read(new JsoupHtmlReader(), page);

    assertEquals(List.of(), c.problems);
    String text = c.articles.get(0).text();
    assertTrue(text.startsWith("A US drone strike in Baghdad"), text);
    for (String leaked : List.of("SCRIPT", "STYLE", "HANDLER", "INJECTED", "IMG", "alert", "<")) {
      assertFalse(text.contains(leaked), leaked + " leaked into: " + text);
    }
  }

  @Test
  void two_records_with_one_id_and_different_texts_are_both_handed_over_in_file_order() throws IOException {
    // The store keeps the later one (an id that comes back with new text replaces the old version); the reader
    // neither drops nor merges them.
    Path file = write("dup.jsonl", "{\"id\": \"x\", \"published\": \"2024-02-07\", \"text\": \"First text.\"}\n"
        + "{\"id\": \"x\", \"published\": \"2024-02-07\", \"text\": \"Second text.\"}\n");

    Collected c = Collected.read(new JsonLinesReader(), file);

    assertEquals(List.of(), c.problems);
    assertEquals(List.of("First text.", "Second text."), c.articles.stream().map(a -> a.text()).toList());
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }
}
