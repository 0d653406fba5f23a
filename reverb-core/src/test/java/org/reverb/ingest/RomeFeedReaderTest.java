package org.reverb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reverb.model.Article;

class RomeFeedReaderTest {

  static final Path FEEDS = Path.of("src/test/resources/org/reverb/ingest/feeds");
  static final Path PAGES = JsoupHtmlReaderTest.PAGES;

  static final HttpFetcher FETCHER = new HttpFetcher(Duration.ofSeconds(5), Duration.ZERO);

  static String fixture(Path dir, String name) throws Exception {
    return Files.readString(dir.resolve(name));
  }

  @Test
  void an_rss_feed_with_full_content_gives_one_article_per_item_without_fetching_anything() {
    Collected c = Collected.read(new RomeFeedReader(FETCHER), FEEDS.resolve("rss-content.xml"));
    assertEquals(List.of(), c.problems);
    assertEquals(List.of("meridian-2019-0119-eln", "https://meridian.example/world/middle-east/erbil-rockets"),
        c.ids());
    Article eln = c.articles.get(0);
    assertEquals(LocalDate.of(2019, 1, 19), eln.published());
    assertEquals("Colombia blames ELN for Bogota police academy bombing", eln.title());
    assertEquals("https://meridian.example/world/americas/colombia-eln-police-academy", eln.url());
    assertEquals("The Daily Meridian: World", eln.source());
    assertTrue(eln.text().startsWith("BOGOTA — Colombia's government on Friday blamed"), eln.text());
    assertEquals(3, eln.text().split("\n\n").length, "paragraphs are kept: " + eln.text());
    assertFalse(c.articles.get(1).text().contains("Advertisement"), c.articles.get(1).text());
  }

  @Test
  void an_rss_item_with_only_a_summary_takes_its_text_and_date_from_the_linked_page() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.serve("/feed.xml", "application/rss+xml",
          fixture(FEEDS, "rss-summary.xml").replace("${base}", server.url("")));
      server.serve("/latam/pinera-cabinet", "text/html; charset=utf-8", fixture(PAGES, "wire-jsonld.html"));
      Collected c = new Collected();
      ArticleReaders.readUrl(server.url("/feed.xml"), FETCHER, c.articles::add, c.problems::add);
      assertEquals(List.of(), c.problems);
      Article a = c.articles.get(0);
      assertEquals(server.url("/latam/pinera-cabinet"), a.id());
      assertEquals("Pinera asks cabinet to resign after million-strong march", a.title());
      assertEquals(LocalDate.of(2019, 10, 27), a.published(), "the item has no date, the page's metadata has");
      assertTrue(a.text().startsWith("SANTIAGO — Chilean President"), a.text());
      assertFalse(a.text().contains("Finally the government"), a.text());
      assertEquals("Southern Wire", a.source());
      assertEquals(HttpFetcher.USER_AGENT, server.requests.get(1).getRequestHeaders().getFirst("User-Agent"));
    }
  }

  @Test
  void a_relative_link_is_resolved_against_the_feeds_address_and_fetched() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.serve("/news/feed.xml", "application/rss+xml",
          fixture(FEEDS, "rss-summary.xml").replace("${base}/latam/pinera-cabinet", "../latam/pinera-cabinet"));
      server.serve("/latam/pinera-cabinet", "text/html", fixture(PAGES, "wire-jsonld.html"));
      Collected c = new Collected();
      ArticleReaders.readUrl(server.url("/news/feed.xml"), FETCHER, c.articles::add, c.problems::add);
      assertEquals(List.of(), c.problems);
      assertEquals(server.url("/latam/pinera-cabinet"), c.articles.get(0).url());
      assertTrue(c.articles.get(0).text().startsWith("SANTIAGO"), c.articles.get(0).text());
    }
  }

  @Test
  void a_summary_whose_page_cannot_be_fetched_is_taken_as_it_is_and_the_failure_named() throws Exception {
    try (LocalServer server = new LocalServer()) {
      String feed = fixture(FEEDS, "rss-summary.xml").replace("${base}", server.url(""))
          .replace("<description>Chile's", "<pubDate>Sun, 27 Oct 2019 14:03:00 GMT</pubDate><description>Chile's");
      server.serve("/feed.xml", "application/rss+xml", feed);
      server.on("/latam/pinera-cabinet", x -> LocalServer.send(x, 500, "text/plain", "down"));
      Collected c = new Collected();
      ArticleReaders.readUrl(server.url("/feed.xml"), FETCHER, c.articles::add, c.problems::add);
      assertEquals(1, c.articles.size());
      assertTrue(c.articles.get(0).text().startsWith("Chile's president asks"), c.articles.get(0).text());
      assertTrue(c.problem().contains("HTTP 500") && c.problem().contains("the summary was taken"), c.problem());
    }
  }

  @Test
  void an_atom_feed_gives_its_entries_with_html_and_plain_text_content() {
    Collected c = Collected.read(new RomeFeedReader(FETCHER), FEEDS.resolve("atom.xml"));
    assertEquals(List.of(), c.problems);
    assertEquals(List.of("tag:frontline.example,2021:erbil", "tag:frontline.example,2022:colombo"), c.ids());
    assertEquals(LocalDate.of(2021, 2, 17), c.articles.get(0).published());
    assertEquals("https://frontline.example/2021/02/erbil", c.articles.get(0).url());
    assertEquals("Frontline Notes", c.articles.get(0).source());
    assertTrue(c.articles.get(0).text().contains("\n\nA little-known group"), c.articles.get(0).text());
    Article colombo = c.articles.get(1);
    assertNull(colombo.url());
    assertEquals(LocalDate.of(2022, 7, 9), colombo.published());
    assertTrue(colombo.text().contains("medicine.\n\nPolice fired tear gas"), colombo.text());
  }

  @Test
  void a_broken_feed_is_one_problem_naming_its_line_and_the_rest_of_the_batch_goes_on() {
    Collected c = Collected.read(List.of(FEEDS.resolve("broken.xml"), FEEDS.resolve("rss-content.xml")));
    assertEquals(2, c.articles.size());
    String problem = c.problem();
    assertTrue(problem.startsWith(FEEDS.resolve("broken.xml") + ":"), problem);
    assertTrue(problem.contains("not a well-formed RSS or Atom feed"), problem);
    assertEquals(8, c.problems.get(0).line(), problem);
    assertTrue(problem.contains("(The element type \"description\" must be terminated"), problem);
  }

  @Test
  void a_feed_that_declares_an_external_entity_is_refused_and_nothing_is_read_from_disk(@TempDir Path dir)
      throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-PASSWORD");
    Path feed = dir.resolve("xxe.xml");
    Files.writeString(feed, fixture(FEEDS, "xxe.xml").replace("${secret}", secret.toUri().toString()));
    Collected c = Collected.read(new RomeFeedReader(FETCHER), feed);
    assertEquals(List.of(), c.articles);
    assertTrue(c.problem().contains("DOCTYPE"), c.problem());
    assertFalse(c.problem().contains("TOP-SECRET"), c.problem());
  }

  @Test
  void an_item_without_a_date_or_a_page_to_find_one_in_is_named() throws Exception {
    Path feed = Files.createTempFile("nodate", ".rss");
    try {
      Files.writeString(feed, "<rss version=\"2.0\"><channel><title>T</title><item><guid>x1</guid><description>"
          + "Troops shelled the town overnight, officials said.</description></item></channel></rss>");
      Collected c = Collected.read(new RomeFeedReader(FETCHER), feed);
      assertEquals(List.of(), c.articles);
      assertEquals(feed + " item x1: no publication date (no pubDate, published or updated, and none in the linked "
          + "page); give each item a <pubDate> (RSS) or <published> (Atom)", c.problem());
    } finally {
      Files.delete(feed);
    }
  }

  @Test
  void an_item_keeps_the_day_its_publisher_wrote_not_the_utc_day(@TempDir Path dir) throws Exception {
    Path feed = Files.writeString(dir.resolve("early.rss"), "<rss version=\"2.0\"><channel><title>T</title>"
        + "<item><guid>x1</guid><pubDate>Wed, 07 Feb 2024 01:30:00 +0300</pubDate><description>Troops shelled the "
        + "town overnight, officials said.</description></item></channel></rss>");
    Collected c = Collected.read(new RomeFeedReader(FETCHER), feed);
    assertEquals(List.of(), c.problems);
    assertEquals(LocalDate.of(2024, 2, 7), c.articles.get(0).published(), "22:30 UTC on the 6th");
  }

  @Test
  void feeds_and_pages_are_recognised_by_their_file_names() {
    assertSame(ArticleReaders.readerFor(Path.of("a.xml")).getClass(), RomeFeedReader.class);
    assertSame(ArticleReaders.readerFor(Path.of("a.RSS")).getClass(), RomeFeedReader.class);
    assertSame(ArticleReaders.readerFor(Path.of("a.atom")).getClass(), RomeFeedReader.class);
    assertSame(ArticleReaders.readerFor(Path.of("a.html")).getClass(), JsoupHtmlReader.class);
    assertSame(ArticleReaders.readerFor(Path.of("a.htm")).getClass(), JsoupHtmlReader.class);
    assertSame(ArticleReaders.readerFor(Path.of("a.txt")).getClass(), SeedFormatReader.class);
  }

  @Test
  void a_body_is_a_feed_by_its_content_type_or_its_first_element() {
    assertTrue(ArticleReaders.isFeed(new byte[0], "application/atom+xml"));
    assertTrue(ArticleReaders.isFeed("\uFEFF<?xml version=\"1.0\"?>\n<!-- hi -->\n<rss version=\"2.0\">".getBytes(
        java.nio.charset.StandardCharsets.UTF_8), "text/xml"));
    assertFalse(ArticleReaders.isFeed("<!DOCTYPE html><html>".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        null));
  }
}
