package org.reverb.ingest;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reverb.model.Article;

/** Reads one article per file: a first line {@code " date YYYY-MM-DD "} followed by the text, paragraphs kept. */
public final class SeedFormatReader implements ArticleReader {

  /** The largest file read by default: far above any article, far below what fills a default heap. */
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  static final String DATE_LINE_FIX = "the first line must begin with \" date YYYY-MM-DD\" followed by the text";

  /** {@code date} and the word after it; the leading space of the format is optional, and so is a colon. */
  private static final Pattern DATE_LINE = Pattern.compile("(?i)[ \\t]*date\\b[ \\t]*:?[ \\t]*(\\S*)");

  private final long maxBytes;

  public SeedFormatReader() {
    this(DEFAULT_MAX_BYTES);
  }

  /** A reader that refuses files larger than {@code maxBytes}. */
  public SeedFormatReader(long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive, not " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  @Override
  public void read(Path file, Consumer<Article> articles, Consumer<IngestProblem> problems) {
    Article article = parse(file, problems);
    if (article != null) {
      articles.accept(article);
    }
  }

  private Article parse(Path file, Consumer<IngestProblem> problems) {
    byte[] bytes = ArticleReaders.bytes(file, maxBytes, ", the limit for one seed-format article; split it into one "
        + "file per article, or write it as JSON Lines", problems);
    if (bytes == null) {
      return null;
    }
    int nul = StrictUtf8.firstNul(bytes, bytes.length);
    if (nul >= 0) {
      problems.accept(IngestProblem.at(file, StrictUtf8.lineOf(bytes, nul), "binary content (NUL byte at byte "
          + "offset " + nul + "); an article must be UTF-8 text (re-save UTF-16 as UTF-8, leave other files out)"));
      return null;
    }
    String content;
    try {
      content = StrictUtf8.decode(bytes, bytes.length);
    } catch (StrictUtf8.Malformed e) {
      problems.accept(IngestProblem.at(file, StrictUtf8.lineOf(bytes, e.offset),
          e.getMessage() + "; save the file as UTF-8"));
      return null;
    }
    content = content.replace("\r\n", "\n").replace('\r', '\n');
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    if (content.isBlank()) {
      problems.accept(IngestProblem.of(file, "empty file; " + DATE_LINE_FIX));
      return null;
    }
    // Blank lines before the date line are tolerated; problems name the line the date was looked for on.
    int start = 0;
    int line = 1;
    int end = content.indexOf('\n');
    while (end >= 0 && content.substring(start, end).isBlank()) {
      start = end + 1;
      end = content.indexOf('\n', start);
      line++;
    }
    String rest = content.substring(start);
    Matcher m = DATE_LINE.matcher(rest);
    if (!m.lookingAt()) {
      problems.accept(IngestProblem.at(file, line, "no date line; " + DATE_LINE_FIX));
      return null;
    }
    if (m.group(1).isEmpty()) {
      problems.accept(IngestProblem.at(file, line, "no date after \"date\"; " + DATE_LINE_FIX));
      return null;
    }
    LocalDate published;
    try {
      published = PublishedDates.parse(m.group(1), false);
    } catch (DateTimeException e) {
      problems.accept(IngestProblem.at(file, line, e.getMessage() + "; " + DATE_LINE_FIX));
      return null;
    }
    String text = rest.substring(m.end()).strip();
    if (text.isEmpty()) {
      problems.accept(IngestProblem.at(file, line, "no text after the date; the article text follows the date, on "
          + "the same line and the lines after it"));
      return null;
    }
    String tooLong = ArticleBounds.tooLong(text);
    if (tooLong != null) {
      problems.accept(IngestProblem.of(file, tooLong));
      return null;
    }
    return new Article(file.getFileName().toString(), published, null, text, null, null);
  }

  /** A size for messages: whole megabytes where exact, else bytes. */
  static String megabytes(long bytes) {
    return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
  }
}
