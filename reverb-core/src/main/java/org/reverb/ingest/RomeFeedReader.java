package org.reverb.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.reverb.model.Article;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with ROME, one article per item: the id is the item's guid or Atom id,
 * else its link; the title and link are the item's; the date is its publication date, else its update date (as a
 * publisher's calendar day as written in the XML), else the linked page's. The text is the item's content ({@code
 * content:encoded}, Atom {@code content}) or description, reduced to paragraphs; when that is shorter than {@value
 * #SHORT_TEXT} characters (a summary) and the item links to a web page, the page is fetched and its main text taken
 * instead.
 *
 * <p>XML is parsed with DOCTYPEs refused, so no external entity is ever resolved (no XXE). A feed that is not
 * well-formed is one problem naming its line; an item that cannot be read is one problem naming the item.
 */
public final class RomeFeedReader implements ArticleReader {

  /** Item text shorter than this is taken for a summary of the linked page. */
  public static final int SHORT_TEXT = 500;

  private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([\\w.:-]+)");

  private final HttpFetcher fetcher;

  /** A reader that fetches the pages that summary-only items link to with {@link HttpFetcher#shared()}. */
  public RomeFeedReader() {
    this(null);
  }

  /** A reader that fetches linked pages with {@code fetcher}, or the shared one when it is {@code null}. */
  public RomeFeedReader(HttpFetcher fetcher) {
    this.fetcher = fetcher;
  }

  @Override
  public void read(Path file, Consumer<Article> articles, Consumer<IngestProblem> problems) {
    byte[] bytes = ArticleReaders.bytes(file, HttpFetcher.MAX_BYTES, ", the limit for one feed; split it", problems);
    if (bytes == null) {
      return;
    }
    read(bytes, null, file.toString(), key -> true, articles, problems);
  }

  /**
   * Reads a feed from its bytes.
   *
   * @param contentType the {@code Content-Type} it was served with, or {@code null}
   * @param input how problems name the feed: its path or address
   * @param wanted given each item's key (its id, and its update time when it has one) before anything is fetched
   *     for it; an item it refuses is left out, so that a watcher reads only what is new
   * @return whether the bytes were a feed; when not, the one problem saying why has been reported
   */
  public boolean read(byte[] bytes, String contentType, String input, Predicate<String> wanted,
      Consumer<Article> articles, Consumer<IngestProblem> problems) {
    SyndFeed feed;
    try {
      feed = parse(bytes, contentType);
    } catch (ParsingFeedException e) {
      problems.accept(e.getLineNumber() > 0
          ? new IngestProblem(input, e.getLineNumber(), notWellFormed(e))
          : new IngestProblem(input, null, notWellFormed(e)));
      return false;
    } catch (FeedException | IOException | IllegalArgumentException e) {
      problems.accept(new IngestProblem(input, null, notWellFormed(e)));
      return false;
    }
    String source = blankToNull(feed.getTitle());
    String base = HttpFetcher.isUrl(input) ? input : blankToNull(feed.getLink());
    List<String> written = writtenDates(bytes, contentType);
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      String id = firstNonBlank(entry.getUri(), entry.getLink());
      if (id == null) {
        problems.accept(new IngestProblem(input, null, "item \"" + entry.getTitle() + "\" has no guid, id or link; "
            + "give each item a <guid> (RSS) or an <id> (Atom)"));
        continue;
      }
      Date updated = entry.getUpdatedDate();
      if (!wanted.test(updated == null ? id : id + " " + updated.toInstant())) {
        continue;
      }
      String date = written.size() == entries.size() ? written.get(i) : null;
      Article article = article(entry, id, absolute(base, entry), date, source, input, problems);
      if (article != null) {
        articles.accept(article);
      }
    }
    return true;
  }

  private static SyndFeed parse(byte[] bytes, String contentType) throws FeedException, IOException {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false); // the default, said aloud: a DOCTYPE is where XXE lives
    try (XmlReader reader = contentType == null
        ? new XmlReader(new ByteArrayInputStream(bytes), true)
        : new XmlReader(new ByteArrayInputStream(bytes), contentType, true)) {
      return input.build(reader);
    }
  }

  private static String notWellFormed(Exception e) {
    String detail = String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
    if (detail.contains("DOCTYPE")) {
      return "the feed declares a DOCTYPE, which is refused (it could make the parser read local files or other "
          + "sites); remove the DOCTYPE";
    }
    if (e instanceof IllegalArgumentException) {
      return "not an RSS or Atom feed (" + firstLine(detail) + "); check that the input is a feed";
    }
    // The line is in the problem's place already.
    String what = firstLine(detail).replaceFirst("^Error on line -?\\d+: ", "");
    return "not a well-formed RSS or Atom feed (" + what + "); check the XML at that point";
  }

  /**
   * Each item's date as its XML writes it ({@code pubDate}, {@code published}, {@code dc:date}, else {@code
   * updated}), in document order, or {@code null} where it has none: ROME keeps only the instant, and the day an
   * article was published is the publisher's day, not the UTC one. Read after ROME has accepted the feed, with
   * jsoup's XML parser, which resolves no entities.
   */
  private static List<String> writtenDates(byte[] bytes, String contentType) {
    List<String> out = new ArrayList<>();
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      Document xml = Jsoup.parse(in, charset(contentType), "", Parser.xmlParser());
      for (Element item : xml.select("item, entry")) {
        String date = null;
        for (String tag : List.of("pubDate", "published", "dc|date", "updated")) {
          Element e = item.selectFirst("> " + tag);
          if (e != null && !e.text().isBlank()) {
            date = e.text().strip();
            break;
          }
        }
        out.add(date);
      }
    } catch (IOException | RuntimeException e) {
      return List.of(); // ROME's instants then serve
    }
    return out;
  }

  /**
   * The item's link resolved against the feed's address, so that a relative link can be fetched and stored. ROME
   * gives an RSS guid as the link when there is none, so only what reads as a path (holds a slash) is resolved; a
   * guid such as {@code item-42} is left as it is.
   */
  private static String absolute(String base, SyndEntry entry) {
    String l = blankToNull(entry.getLink());
    if (l == null || base == null || HttpFetcher.isUrl(l) || l.indexOf('/') < 0) {
      return l;
    }
    try {
      return URI.create(base.strip()).resolve(l).toString();
    } catch (IllegalArgumentException e) {
      return l;
    }
  }

  private Article article(SyndEntry entry, String id, String link, String written, String source, String input,
      Consumer<IngestProblem> problems) {
    String item = input + " item " + id;
    String text = content(entry);
    LocalDate published = PageDates.parse(written);
    if (published == null) {
      published = day(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
    }
    String pageProblem = null;
    if (text.length() < SHORT_TEXT && link != null && HttpFetcher.isUrl(link)) {
      List<IngestProblem> pageProblems = new ArrayList<>();
      Article page = null;
      try {
        HttpFetcher.Response r = fetcher().get(URI.create(link.strip()));
        page = JsoupHtmlReader.page(r.body(), charset(r.contentType()), id, link, r.uri().toString(),
            pageProblems::add);
      } catch (FetchException e) {
        pageProblems.add(new IngestProblem(link, null, e.getMessage()));
      } catch (IllegalArgumentException e) {
        pageProblems.add(new IngestProblem(link, null, "not a valid address (" + e.getMessage() + ")"));
      }
      if (page != null && page.text().length() > text.length()) {
        text = page.text();
        published = published != null ? published : page.published();
      } else if (!pageProblems.isEmpty()) {
        pageProblem = pageProblems.get(0).message();
      }
    }
    if (text.isBlank()) {
      problems.accept(new IngestProblem(item, null, "no text: the item has no content or description"
          + (pageProblem == null ? " and no page to read; check the feed" : " and its page could not be read ("
          + pageProblem + ")")));
      return null;
    }
    if (published == null) {
      problems.accept(new IngestProblem(item, null, "no publication date (no pubDate, published or updated, and "
          + "none in the linked page); give each item a <pubDate> (RSS) or <published> (Atom)"));
      return null;
    }
    String tooLong = ArticleBounds.tooLong(text);
    if (tooLong != null) {
      problems.accept(new IngestProblem(item, null, tooLong));
      return null;
    }
    if (pageProblem != null) {
      problems.accept(new IngestProblem(item, null, "the feed gives only a summary and the linked page could not be "
          + "read (" + pageProblem + "); the summary was taken"));
    }
    return new Article(id, published, blankToNull(entry.getTitle()), text, link, source);
  }

  /** The item's content, else its description, as paragraphs of plain text. */
  private static String content(SyndEntry entry) {
    StringBuilder html = new StringBuilder();
    for (SyndContent c : entry.getContents()) {
      html.append(asHtml(c)).append('\n');
    }
    String text = text(html.toString());
    if (text.isBlank() && entry.getDescription() != null) {
      text = text(asHtml(entry.getDescription()));
    }
    return text;
  }

  private static String asHtml(SyndContent c) {
    String value = c.getValue() == null ? "" : c.getValue();
    String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
    boolean plain = type.equals("text") || type.equals("text/plain");
    return plain ? "<p>" + org.jsoup.nodes.Entities.escape(value).replaceAll("\\n\\s*\\n", "</p><p>") + "</p>"
        : value;
  }

  private static String text(String html) {
    return html.isBlank() ? "" : MainText.paragraphs(Jsoup.parseBodyFragment(html).body()).strip();
  }

  private HttpFetcher fetcher() {
    return fetcher != null ? fetcher : HttpFetcher.shared();
  }

  /** The charset a {@code Content-Type} header names, or {@code null}. */
  static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = CHARSET.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  private static LocalDate day(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
  }

  private static String firstNonBlank(String a, String b) {
    return blankToNull(a) != null ? a.strip() : blankToNull(b);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
