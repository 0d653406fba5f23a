package org.reverb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reverb.model.Article;

class JsoupHtmlReaderTest {

  static final Path PAGES = Path.of("src/test/resources/org/reverb/ingest/html");

  static Article read(String page) {
    Collected c = Collected.read(new JsoupHtmlReader(), PAGES.resolve(page));
    assertEquals(List.of(), c.problems);
    assertEquals(1, c.articles.size());
    return c.articles.get(0);
  }

  static void assertKeeps(Article a, String... parts) {
    for (String part : parts) {
      assertTrue(a.text().contains(part), "missing \"" + part + "\" in\n" + a.text());
    }
  }

  static void assertDrops(Article a, String... parts) {
    for (String part : parts) {
      assertFalse(a.text().contains(part), "kept boilerplate \"" + part + "\" in\n" + a.text());
    }
  }

  @Test
  void a_page_that_marks_its_article_body_keeps_the_body_and_drops_ads_shares_and_related_links() {
    Article a = read("newsroom-article.html");
    assertTrue(a.text().startsWith("BOGOTA — Colombia's government on Friday blamed"), a.text());
    assertTrue(a.text().endsWith("Marches against violence were planned in cities across Colombia on Sunday."),
        a.text());
    assertKeeps(a, "Jose Aldemar Rojas", "The blast killed 21 people");
    assertDrops(a, "cookies", "Advertisement", "Share on", "Who are the ELN", "Americas briefing", "Most read",
        "All rights reserved", "dataLayer", "loadAd", "Marta Quintero", "World");
    assertEquals(4, a.text().split("\n\n").length, a.text());
    assertEquals(LocalDate.of(2019, 1, 19), a.published());
    assertEquals("Colombia blames ELN for Bogota police academy bombing", a.title());
    assertEquals("https://meridian.example/world/americas/colombia-eln-police-academy", a.url());
    assertEquals("The Daily Meridian", a.source());
    assertEquals("newsroom-article.html", a.id());
  }

  @Test
  void a_page_of_plain_divs_is_scored_and_its_comments_trending_box_and_footer_are_dropped() {
    Article a = read("wire-jsonld.html");
    assertTrue(a.text().startsWith("SANTIAGO — Chilean President Sebastian Pinera asked his entire cabinet"), a.text());
    assertKeeps(a, "Plaza Italia", "lift the state of emergency from midnight on Sunday.");
    assertDrops(a, "cookie", "Finally the government", "mark my words", "Copper prices", "Premium",
        "Press Standards", "explained", "Log in", "_paq");
    assertEquals(4, a.text().split("\n\n").length, a.text());
    assertEquals(LocalDate.of(2019, 10, 27), a.published(), "the date comes from JSON-LD datePublished");
    assertEquals("Pinera asks cabinet to resign after million-strong march", a.title());
  }

  @Test
  void a_blog_post_keeps_its_quote_and_takes_its_date_from_the_time_element() {
    Article a = read("blog-time.html");
    assertTrue(a.text().startsWith("ERBIL, Iraq — Rockets fired late on Monday at Erbil"), a.text());
    assertKeeps(a, "\"We are outraged by today's rocket attack,\"", "Guardians of the Blood Brigade");
    assertDrops(a, "cookies", "Archive", "Read more", "Related posts", "Drone strikes hit", "Great reporting",
        "buy me a coffee", "static site generator", "Tweet", "stats.example");
    assertEquals(LocalDate.of(2021, 2, 17), a.published(), "the day as the publisher wrote it, not in UTC");
    assertEquals("Rocket attack on Erbil kills coalition contractor", a.title());
  }

  @Test
  void a_page_without_a_date_in_its_metadata_is_one_problem_that_names_the_file(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("undated.html");
    Files.writeString(page, "<html><body><article><p>Troops shelled the town of Avdiivka overnight, killing two "
        + "civilians and wounding five others, regional officials said on Monday morning.</p></article></body></html>");
    Collected c = Collected.read(new JsoupHtmlReader(), page);
    assertEquals(List.of(), c.articles);
    assertTrue(c.problem().startsWith(page + ": no publication date"), c.problem());
  }

  @Test
  void a_page_with_no_prose_is_one_problem(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("index.html");
    Files.writeString(page, "<html><head><meta property=\"article:published_time\" content=\"2024-02-07\"></head>"
        + "<body><nav><a href=/a>World</a></nav><ul><li><a href=/b>Story one</a></li></ul></body></html>");
    assertTrue(Collected.read(new JsoupHtmlReader(), page).problem().contains("no article text"));
  }

  @Test
  void dates_in_metadata_are_read_in_the_shapes_publishers_write_them() {
    assertEquals(LocalDate.of(2024, 2, 7), PageDates.parse("2024-02-07T23:30:00-05:00"));
    assertEquals(LocalDate.of(2024, 2, 7), PageDates.parse("2024-02-07T23:30:00-0500"));
    assertEquals(LocalDate.of(2024, 2, 7), PageDates.parse("Wed, 7 Feb 2024 09:30:00 GMT"));
    assertEquals(LocalDate.of(2024, 2, 7), PageDates.parse("2024-02-07"));
    assertEquals(null, PageDates.parse("yesterday"));
  }
}
