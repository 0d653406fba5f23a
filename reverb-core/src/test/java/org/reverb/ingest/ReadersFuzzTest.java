package org.reverb.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.reverb.model.Article;

/**
 * Coverage-guided fuzzing of every reader and of the publication-date parsers: whatever the bytes, a reader hands
 * over articles within the bounds or one-line problems, and never throws. A normal build runs the seeds under
 * {@code ReadersFuzzTestInputs/<method>/}; {@code JAZZER_FUZZ=1} fuzzes one method for its {@code maxDuration}
 * (see {@code .ci/run}). A crash found becomes a file in that folder.
 */
class ReadersFuzzTest {

  private static final RomeFeedReader FEEDS = new RomeFeedReader(HttpFetcher.offline());
  private static Path dir;

  @BeforeAll
  static void makeFolder() throws IOException {
    dir = Files.createTempDirectory("reverb-fuzz");
  }

  @AfterAll
  static void removeFolder() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  @FuzzTest(maxDuration = "25s")
  void seedFormat(byte[] data) throws IOException {
    Path file = Files.write(dir.resolve("article.txt"), data);
    new SeedFormatReader().read(file, ReadersFuzzTest::check, ReadersFuzzTest::check);
  }

  @FuzzTest(maxDuration = "25s")
  void jsonLines(byte[] data) throws IOException {
    Path file = Files.write(dir.resolve("articles.jsonl"), data);
    new JsonLinesReader(4096).read(file, ReadersFuzzTest::check, ReadersFuzzTest::check);
  }

  @FuzzTest(maxDuration = "25s")
  void feed(FuzzedDataProvider in) {
    String contentType = in.pickValue(new String[] {"application/rss+xml", "application/atom+xml; charset=utf-8",
        "text/xml; charset=iso-8859-1", null});
    FEEDS.read(in.consumeRemainingAsBytes(), contentType, "feed.xml", key -> true, ReadersFuzzTest::check,
        ReadersFuzzTest::check);
  }

  @FuzzTest(maxDuration = "25s")
  void htmlPage(FuzzedDataProvider in) {
    String charset = in.pickValue(new String[] {"UTF-8", "windows-1252", null});
    Article page = JsoupHtmlReader.page(in.consumeRemainingAsBytes(), charset, "page.html", "page.html", null,
        ReadersFuzzTest::check);
    if (page != null) {
      check(page);
    }
  }

  @FuzzTest(maxDuration = "25s")
  void publishedDate(FuzzedDataProvider in) {
    boolean dateTimes = in.consumeBoolean();
    String value = in.consumeRemainingAsString();
    try {
      LocalDate day = PublishedDates.parse(value, dateTimes);
      assertTrue(day.getYear() >= -999_999_999, value);
    } catch (DateTimeException e) {
      assertTrue(e.getMessage().contains("\"" + value + "\""), e.getMessage());
    }
    PageDates.parse(value);
  }

  private static void check(Article article) {
    assertFalse(article.text().isBlank(), article.id());
    assertTrue(article.text().length() <= ArticleBounds.MAX_TEXT_CHARS, article.id());
  }

  private static void check(IngestProblem problem) {
    assertFalse(problem.message().isBlank(), problem.toString());
    assertFalse(problem.toString().contains("\n"), "a problem of more than one line: " + problem);
  }
}
