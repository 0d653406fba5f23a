package org.reverb.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.reverb.model.Article;

/** Turns the files and folders a user names into article files, and picks each file's reader. */
public final class ArticleReaders {

  private static final ArticleReader SEED_FORMAT = new SeedFormatReader();
  private static final ArticleReader JSON_LINES = new JsonLinesReader();
  private static final ArticleReader HTML = new JsoupHtmlReader();
  private static final RomeFeedReader FEEDS = new RomeFeedReader();

  static final String FOLDER_NOT_FILE = "a folder, not a file of articles; expand folders with ArticleReaders.expand";

  private ArticleReaders() {}

  /**
   * The article files among {@code inputs}, in order. A file named in {@code inputs} is always kept. A folder is
   * walked recursively, entries in name order, leaving out what sits beside articles in a corpus: hidden files and
   * folders (name starts with {@code .}), {@code README*}, {@code *.md}, and {@code gold.jsonl} (gold events, not
   * articles). A path that does not exist, a folder that cannot be listed and a folder with no article file in it
   * are reported to {@code problems}. A file reached twice is kept once.
   */
  public static List<Path> expand(List<Path> inputs, Consumer<IngestProblem> problems) {
    List<Path> files = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        if (walk(input, files, seen, new HashSet<>(), problems) == 0) {
          problems.accept(IngestProblem.of(input, "no article files in this folder (hidden files, README*, *.md and "
              + "gold.jsonl are left out); check the path"));
        }
      } else if (Files.exists(input)) {
        add(input, files, seen);
      } else {
        problems.accept(IngestProblem.of(input, "no such file or folder; check the path"));
      }
    }
    return files;
  }

  /**
   * JSON Lines for {@code .jsonl} and {@code .ndjson} files, a feed for {@code .rss}, {@code .atom}, {@code .rdf}
   * and {@code .xml}, a web page for {@code .html}, {@code .htm} and {@code .xhtml}, the seed format for anything
   * else.
   */
  public static ArticleReader readerFor(Path file) {
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return JSON_LINES;
    }
    if (lower.endsWith(".rss") || lower.endsWith(".atom") || lower.endsWith(".rdf") || lower.endsWith(".xml")) {
      return FEEDS;
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return HTML;
    }
    return SEED_FORMAT;
  }

  /**
   * Fetches {@code url} with {@code fetcher} and reads it as a feed when it is one (by its content type or its
   * first element), else as a web page whose id is the address.
   */
  public static void readUrl(String url, HttpFetcher fetcher, Consumer<Article> articles,
      Consumer<IngestProblem> problems) {
    HttpFetcher.Response r;
    try {
      r = fetcher.get(java.net.URI.create(url.strip()));
    } catch (FetchException e) {
      problems.accept(new IngestProblem(url, null, e.getMessage()));
      return;
    } catch (IllegalArgumentException e) {
      problems.accept(new IngestProblem(url, null, "not a valid address (" + e.getMessage() + "); check it"));
      return;
    }
    read(r, url, key -> true, fetcher, articles, problems);
  }

  /** Reads a fetched feed (its items filtered by {@code wanted}) or page; false when a feed was unreadable. */
  static boolean read(HttpFetcher.Response r, String input, java.util.function.Predicate<String> wanted,
      HttpFetcher fetcher, Consumer<Article> articles, Consumer<IngestProblem> problems) {
    if (isFeed(r.body(), r.contentType())) {
      return new RomeFeedReader(fetcher).read(r.body(), r.contentType(), input, wanted, articles, problems);
    }
    if (wanted.test(r.uri().toString())) {
      Article page = JsoupHtmlReader.page(r.body(), RomeFeedReader.charset(r.contentType()), input, input,
          r.uri().toString(), problems);
      if (page != null) {
        articles.accept(page);
      }
    }
    return true;
  }

  /** Whether a body is a feed: served as RSS or Atom, or XML whose first element is rss, feed or rdf:RDF. */
  static boolean isFeed(byte[] body, String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.contains("rss") || type.contains("atom") || type.contains("rdf")) {
      return true;
    }
    if (type.contains("html")) {
      return false;
    }
    String head = new String(body, 0, Math.min(body.length, 2048), java.nio.charset.StandardCharsets.ISO_8859_1)
        .replaceAll("(?is)<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>", "").replaceFirst("^[^<]*", "")
        .toLowerCase(Locale.ROOT);
    return head.startsWith("<rss") || head.startsWith("<feed") || head.startsWith("<rdf:rdf");
  }

  /** Reads every article file among {@code inputs} (see {@link #expand}) with its reader, in order. */
  public static void read(List<Path> inputs, Consumer<Article> articles, Consumer<IngestProblem> problems) {
    for (Path file : expand(inputs, problems)) {
      readerFor(file).read(file, articles, problems);
    }
  }

  /** Whether a file found in a folder is left out as not being an article file. */
  static boolean skipped(Path path) {
    String name = path.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    return name.startsWith(".") || lower.startsWith("readme") || lower.endsWith(".md") || lower.equals("gold.jsonl");
  }

  /** Adds the article files under {@code folder} and returns how many it holds, counting ones seen before. */
  private static int walk(Path folder, List<Path> files, Set<Path> seen, Set<Path> open,
      Consumer<IngestProblem> problems) {
    Path real;
    List<Path> entries = new ArrayList<>();
    try {
      real = folder.toRealPath();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
        stream.forEach(entries::add);
      }
    } catch (IOException e) {
      problems.accept(IngestProblem.of(folder, "cannot list the folder (" + e + "); check its permissions"));
      return -1;
    }
    if (!open.add(real)) {
      return 0; // a link back to a folder being walked: its files are already on the way
    }
    int found = 0;
    entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
    for (Path entry : entries) {
      if (entry.getFileName().toString().startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(entry)) {
        found += Math.max(0, walk(entry, files, seen, open, problems));
      } else if (Files.isRegularFile(entry) && !skipped(entry)) {
        add(entry, files, seen);
        found++;
      }
    }
    open.remove(real);
    return found;
  }

  private static void add(Path file, List<Path> files, Set<Path> seen) {
    Path key;
    try {
      key = file.toRealPath();
    } catch (IOException e) {
      key = file.toAbsolutePath().normalize();
    }
    if (seen.add(key)) {
      files.add(file);
    }
  }

  /**
   * The bytes of a file of at most {@code maxBytes}, or {@code null} after one problem naming the file: a folder,
   * no such file, too large ({@code tooLarge} says what the limit is for and what to do), unreadable.
   */
  static byte[] bytes(Path file, long maxBytes, String tooLarge, Consumer<IngestProblem> problems) {
    if (Files.isDirectory(file)) {
      problems.accept(IngestProblem.of(file, FOLDER_NOT_FILE));
      return null;
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      // bounded while reading too, for a file that grows after its size was looked at
      bytes = Files.size(file) > maxBytes ? null : in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (NoSuchFileException e) {
      problems.accept(IngestProblem.of(file, "no such file; check the path"));
      return null;
    } catch (IOException e) {
      problems.accept(IngestProblem.of(file, "cannot read the file (" + e + "); check that it is a readable file"));
      return null;
    }
    if (bytes == null || bytes.length > maxBytes) {
      problems.accept(IngestProblem.of(file, "file is larger than " + SeedFormatReader.megabytes(maxBytes) + tooLarge));
      return null;
    }
    return bytes;
  }
}
