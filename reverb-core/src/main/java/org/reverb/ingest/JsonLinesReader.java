package org.reverb.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import org.reverb.model.Article;

/** Reads one article per line from JSON Lines: {@code {"id", "published", "title", "text", "url", "source"}}. */
public final class JsonLinesReader implements ArticleReader {

  /** The longest line read by default; Jackson refuses longer strings anyway. */
  public static final int DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;

  private static final String RECORD_FIX = "each line must be one JSON object such as "
      + "{\"id\": \"a1\", \"published\": \"2024-02-07\", \"text\": \"...\"}";
  private static final String DATE_FIX = "give a string such as \"2024-02-07\" or \"2024-02-07T09:30:00Z\"";

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private final int maxLineBytes;

  public JsonLinesReader() {
    this(DEFAULT_MAX_LINE_BYTES);
  }

  /** A reader that refuses lines longer than {@code maxLineBytes}, and reads on after them. */
  public JsonLinesReader(int maxLineBytes) {
    if (maxLineBytes < 1) {
      throw new IllegalArgumentException("maxLineBytes must be positive, not " + maxLineBytes);
    }
    this.maxLineBytes = maxLineBytes;
  }

  /** A line's fields are wrong; the message says which and how to fix it. */
  private static final class BadRecord extends Exception {

    private static final long serialVersionUID = 1L;

    BadRecord(String message) {
      super(message, null, false, false);
    }
  }

  @Override
  public void read(Path file, Consumer<Article> articles, Consumer<IngestProblem> problems) {
    if (Files.isDirectory(file)) {
      problems.accept(IngestProblem.of(file, ArticleReaders.FOLDER_NOT_FILE));
      return;
    }
    long number = 0;
    try (InputStream in = Files.newInputStream(file)) {
      ByteLines lines = new ByteLines(in, maxLineBytes);
      while (lines.next()) {
        number++;
        if (StrictUtf8.firstNul(lines.bytes(), lines.length()) >= 0) {
          problems.accept(IngestProblem.at(file, number, "binary content (NUL byte), so the rest of the file is "
              + "skipped; a JSON Lines file is UTF-8 text, one object per line (re-save UTF-16 as UTF-8)"));
          return;
        }
        Article article = parseLine(file, number, lines, problems);
        if (article != null) {
          articles.accept(article);
        }
      }
    } catch (NoSuchFileException e) {
      problems.accept(IngestProblem.of(file, "no such file; check the path"));
    } catch (IOException e) {
      problems.accept(number == 0
          ? IngestProblem.of(file, "cannot read the file (" + e + "); check that it is a readable file")
          : IngestProblem.at(file, number, "cannot read on after this line (" + e + "); the rest of the file is "
              + "skipped, check the disk or the file"));
    }
  }

  /** The article on the current line, or {@code null} after reporting why there is none (or for a blank line). */
  private static Article parseLine(Path file, long number, ByteLines lines, Consumer<IngestProblem> problems) {
    if (lines.tooLong()) {
      problems.accept(IngestProblem.at(file, number, "line is longer than " + SeedFormatReader.megabytes(
          lines.maxLength()) + ", the limit for one article; split the record or leave it out"));
      return null;
    }
    String line;
    try {
      line = StrictUtf8.decode(lines.bytes(), lines.length());
    } catch (StrictUtf8.Malformed e) {
      problems.accept(IngestProblem.at(file, number, e.getMessage() + " of the line; save the file as UTF-8"));
      return null;
    }
    if (number == 1 && line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    if (line.isBlank()) {
      return null;
    }
    try {
      return article(JSON.readTree(line));
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : ", column " + e.getLocation().getColumnNr();
      problems.accept(IngestProblem.at(file, number, "not JSON (" + firstLine(e.getOriginalMessage()) + where + "); "
          + RECORD_FIX));
    } catch (BadRecord e) {
      problems.accept(IngestProblem.at(file, number, e.getMessage()));
    }
    return null;
  }

  private static Article article(JsonNode record) throws BadRecord {
    if (!record.isObject()) {
      throw new BadRecord("a JSON " + type(record) + " where an object was expected; " + RECORD_FIX);
    }
    String text = string(record, "text");
    if (text == null || text.isBlank()) {
      throw new BadRecord("\"text\" is " + (text == null ? "missing" : "blank")
          + "; give the article's body text as a string");
    }
    String tooLong = ArticleBounds.tooLong(text.strip());
    if (tooLong != null) {
      throw new BadRecord("\"text\": " + tooLong);
    }
    String published = string(record, "published");
    if (published == null) {
      throw new BadRecord("\"published\" is missing; " + DATE_FIX);
    }
    LocalDate date;
    try {
      date = PublishedDates.parse(published, true);
    } catch (DateTimeException e) {
      throw new BadRecord("\"published\": " + e.getMessage() + "; " + DATE_FIX);
    }
    String url = blankToNull(string(record, "url"));
    String id = blankToNull(id(record));
    if (id == null && url == null) {
      throw new BadRecord("no \"id\" and no \"url\"; give each record an \"id\" (or a \"url\", which then serves "
          + "as its id)");
    }
    return new Article(id != null ? id : url, date, blankToNull(string(record, "title")), text.strip(), url,
        blankToNull(string(record, "source")));
  }

  /** The id as text: datasets often number their records, so an integer is accepted too. */
  private static String id(JsonNode record) throws BadRecord {
    JsonNode id = record.get("id");
    return id != null && id.isIntegralNumber() ? id.asText() : string(record, "id");
  }

  /** A string field's value; {@code null} when it is absent or JSON null. */
  private static String string(JsonNode record, String field) throws BadRecord {
    JsonNode value = record.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new BadRecord("\"" + field + "\" is " + (type(value).matches("[aeiou].*") ? "an " : "a ")
          + type(value) + "; it must be a string");
    }
    return value.textValue();
  }

  private static String type(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /**
   * Splits a stream into lines of bytes (ending at {@code \n}, a {@code \r} before it dropped) without decoding,
   * so one bad line can be reported and the next one read. A line longer than the bound is skipped, not held.
   */
  private static final class ByteLines {

    private final InputStream in;
    private final int maxLength;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private byte[] line = new byte[1024];
    private int length;
    private boolean tooLong;
    private boolean eof;

    ByteLines(InputStream in, int maxLength) {
      this.in = in;
      this.maxLength = maxLength;
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
      length = 0;
      tooLong = false;
      boolean any = false;
      while (true) {
        if (position == limit) {
          if (eof || (limit = in.read(buffer)) < 0) {
            eof = true;
            limit = 0;
            position = 0;
            break;
          }
          position = 0;
        }
        any = true;
        int start = position;
        while (position < limit && buffer[position] != '\n') {
          position++;
        }
        append(start, position);
        if (position < limit) {
          position++;
          break;
        }
      }
      if (length > 0 && line[length - 1] == '\r') {
        length--;
      }
      return any;
    }

    private void append(int from, int to) {
      int n = to - from;
      if (tooLong || n == 0) {
        return;
      }
      if ((long) length + n > maxLength) {
        tooLong = true;
        length = 0;
        line = new byte[1024];
        return;
      }
      if (length + n > line.length) {
        line = Arrays.copyOf(line, (int) Math.min(maxLength, Math.max(length + n, 2L * line.length)));
      }
      System.arraycopy(buffer, from, line, length, n);
      length += n;
    }

    byte[] bytes() {
      return line;
    }

    int length() {
      return length;
    }

    boolean tooLong() {
      return tooLong;
    }

    int maxLength() {
      return maxLength;
    }
  }
}
