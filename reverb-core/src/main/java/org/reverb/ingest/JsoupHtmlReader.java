package org.reverb.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.reverb.model.Article;

/**
 * Reads a web page as one article: its main text ({@link MainText}), its publication date from the page's metadata
 * ({@link PageDates}), its headline, its canonical address and its site name. The id is the file name for a file,
 * the address for a fetched page.
 */
public final class JsoupHtmlReader implements ArticleReader {

  static final String NO_DATE = "no publication date in the page's metadata (article:published_time, JSON-LD "
      + "datePublished, <time datetime>, date meta tags); give the article as JSON Lines with its \"published\" date";

  @Override
  public void read(Path file, Consumer<Article> articles, Consumer<IngestProblem> problems) {
    byte[] bytes = ArticleReaders.bytes(file, HttpFetcher.MAX_BYTES, ", the limit for one page; leave it out", problems);
    if (bytes == null) {
      return;
    }
    Article article = page(bytes, null, file.getFileName().toString(), file.toString(), null, problems);
    if (article != null) {
      articles.accept(article);
    }
  }

  /**
   * The article a page holds, or {@code null} after reporting to {@code problems} why there is none.
   *
   * @param bytes the page as served
   * @param charset the charset the server declared, or {@code null} to read it from the page (BOM, meta), else UTF-8
   * @param id the article's id
   * @param input how problems name the page
   * @param url the page's address, against which relative links resolve, or {@code null} for a file
   */
  static Article page(byte[] bytes, String charset, String id, String input, String url,
      Consumer<IngestProblem> problems) {
    Document doc;
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      doc = Jsoup.parse(in, charset, url == null ? "" : url);
    } catch (IOException | IllegalArgumentException e) {
      problems.accept(new IngestProblem(input, null, "cannot read the page (" + e.getMessage() + "); save it as "
          + "UTF-8 HTML"));
      return null;
    }
    String text = MainText.of(doc);
    if (text.isBlank()) {
      problems.accept(new IngestProblem(input, null, "no article text found in the page (no paragraphs of prose); "
          + "check that it is a news article and not an index or a page built by scripts"));
      return null;
    }
    String tooLong = ArticleBounds.tooLong(text);
    if (tooLong != null) {
      problems.accept(new IngestProblem(input, null, tooLong));
      return null;
    }
    LocalDate published = PageDates.published(doc);
    if (published == null) {
      problems.accept(new IngestProblem(input, null, NO_DATE));
      return null;
    }
    String canonical = url;
    if (canonical == null) {
      String c = doc.select("link[rel=canonical][href], meta[property=og:url][content]").stream()
          .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("content"))
          .filter(HttpFetcher::isUrl).findFirst().orElse(null);
      canonical = c;
    }
    return new Article(id, published, title(doc), text, canonical, meta(doc, "meta[property=og:site_name]"));
  }

  /** The headline: Open Graph's title, else the first {@code <h1>}, else {@code <title>}. */
  private static String title(Document doc) {
    String og = meta(doc, "meta[property=og:title]");
    if (og != null) {
      return og;
    }
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text().strip();
    }
    return doc.title().isBlank() ? null : doc.title().strip();
  }

  private static String meta(Document doc, String query) {
    Element meta = doc.selectFirst(query);
    return meta == null || meta.attr("content").isBlank() ? null : meta.attr("content").strip();
  }
}
