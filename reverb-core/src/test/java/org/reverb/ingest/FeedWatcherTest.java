package org.reverb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedWatcherTest {

  static final Duration EVERY = Duration.ofMinutes(15);

  /** A clock the test moves by hand. */
  static final class HandClock extends Clock {
    Instant now = Instant.parse("2024-02-07T09:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  LocalServer server;
  HandClock clock;
  HttpFetcher fetcher;
  final AtomicReference<String> feed = new AtomicReference<>();
  final AtomicReference<String> etag = new AtomicReference<>("\"v1\"");

  @BeforeEach
  void start() throws Exception {
    server = new LocalServer();
    clock = new HandClock();
    fetcher = new HttpFetcher(Duration.ofSeconds(1), Duration.ZERO);
    feed.set(Files.readString(RomeFeedReaderTest.FEEDS.resolve("rss-content.xml")));
    // A feed that honours If-None-Match, as most servers do.
    server.on("/news.xml", x -> {
      if (etag.get().equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
        LocalServer.send(x, 304, "application/rss+xml", "");
        return;
      }
      x.getResponseHeaders().set("ETag", etag.get());
      LocalServer.send(x, 200, "application/rss+xml", feed.get());
    });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  FeedWatcher watcher(Map<String, FeedState> states) {
    return new FeedWatcher(fetcher, EVERY, clock, states);
  }

  static Collected poll(FeedWatcher watcher, String source) {
    Collected c = new Collected();
    watcher.poll(source, c.articles::add, c.problems::add, () -> false);
    return c;
  }

  String thirdItem() {
    return feed.get().replace("</channel>", "<item><title>Protesters storm the president's house</title>"
        + "<guid>colombo-1</guid><pubDate>Sat, 09 Jul 2022 18:00:00 GMT</pubDate><description>COLOMBO — Thousands "
        + "of protesters stormed the official residence of Sri Lanka's president on Saturday.</description></item>"
        + "</channel>");
  }

  @Test
  void a_changing_feed_hands_on_only_its_new_items_and_an_unchanged_one_costs_a_304() {
    FeedWatcher watcher = watcher(Map.of());
    String source = server.url("/news.xml");
    assertEquals(2, poll(watcher, source).articles.size());

    Collected unchanged = new Collected();
    FeedWatcher.Poll second = watcher.poll(source, unchanged.articles::add, unchanged.problems::add, () -> false);
    assertEquals("not modified", second.outcome());
    assertEquals(List.of(), unchanged.articles);
    assertEquals("\"v1\"", server.requests.get(1).getRequestHeaders().getFirst("If-None-Match"));

    feed.set(thirdItem());
    etag.set("\"v2\"");
    Collected third = poll(watcher, source);
    assertEquals(List.of("colombo-1"), third.ids());
    assertEquals(List.of(), third.problems);
  }

  @Test
  void a_server_that_dates_its_feed_is_asked_if_modified_since_that_date() {
    String stamp = "Wed, 07 Feb 2024 08:00:00 GMT";
    server.on("/dated.xml", x -> {
      if (stamp.equals(x.getRequestHeaders().getFirst("If-Modified-Since"))) {
        LocalServer.send(x, 304, "application/rss+xml", "");
        return;
      }
      x.getResponseHeaders().set("Last-Modified", stamp);
      LocalServer.send(x, 200, "application/rss+xml", feed.get());
    });
    FeedWatcher watcher = watcher(Map.of());
    assertEquals(2, poll(watcher, server.url("/dated.xml")).articles.size());
    assertEquals("not modified", watcher.poll(server.url("/dated.xml"), a -> { }, p -> { }, () -> false).outcome());
  }

  @Test
  void a_restart_with_the_saved_state_reads_nothing_twice_even_from_a_server_that_ignores_validators(
      @TempDir Path dir) throws Exception {
    server.serve("/always.xml", "application/rss+xml", feed.get());
    FeedWatcher first = watcher(Map.of());
    assertEquals(2, poll(first, server.url("/always.xml")).articles.size());
    assertEquals(2, poll(first, server.url("/news.xml")).articles.size());
    Path file = FeedStates.besideStore(dir.resolve("reverb.db"));
    FeedStates.save(file, first.states());
    assertEquals(dir.resolve("reverb.db.feeds.json"), file);

    FeedWatcher restarted = watcher(FeedStates.load(file));
    assertEquals(List.of(), poll(restarted, server.url("/always.xml")).articles);
    FeedWatcher.Poll news = restarted.poll(server.url("/news.xml"), a -> { }, p -> { }, () -> false);
    assertEquals("not modified", news.outcome());
  }

  @Test
  void a_failing_source_is_left_alone_twice_as_long_after_each_failure_in_a_row() {
    String source = server.url("/down.xml");
    server.on("/down.xml", x -> LocalServer.send(x, 500, "text/plain", "oops"));
    FeedWatcher watcher = watcher(Map.of());

    FeedWatcher.Poll first = watcher.poll(source, a -> { }, p -> { }, () -> false);
    assertTrue(first.failed());
    assertTrue(first.outcome().contains("HTTP 500"), first.outcome());
    assertEquals(clock.now.plus(EVERY), watcher.states().get(source).retryAt());

    clock.now = clock.now.plus(Duration.ofMinutes(5));
    FeedWatcher.Poll waiting = watcher.poll(source, a -> { }, p -> { }, () -> false);
    assertFalse(waiting.failed());
    assertTrue(waiting.outcome().startsWith("backing off after 1 failure"), waiting.outcome());
    assertEquals(1, server.hits("/down.xml"), "no request while backing off");

    clock.now = clock.now.plus(EVERY);
    assertTrue(watcher.poll(source, a -> { }, p -> { }, () -> false).failed());
    assertEquals(clock.now.plus(EVERY.multipliedBy(2)), watcher.states().get(source).retryAt());
    assertEquals(2, watcher.states().get(source).failures());

    server.serve("/down.xml", "application/rss+xml", feed.get());
    clock.now = clock.now.plus(EVERY.multipliedBy(2));
    assertEquals(2, poll(watcher, source).articles.size());
    assertEquals(0, watcher.states().get(source).failures());
  }

  @Test
  void a_source_that_does_not_answer_in_time_is_an_error_that_says_so() {
    server.on("/slow.xml", x -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      LocalServer.send(x, 200, "application/rss+xml", feed.get());
    });
    long start = System.nanoTime();
    FeedWatcher.Poll poll = watcher(Map.of()).poll(server.url("/slow.xml"), a -> { }, p -> { }, () -> false);
    assertTrue(poll.failed());
    assertTrue(poll.outcome().contains("no answer within 1 s"), poll.outcome());
    assertTrue(System.nanoTime() - start < 2_900_000_000L, "the timeout, not the server, ended the wait");
  }

  @Test
  void a_source_whose_answer_stalls_halfway_is_cut_off_at_the_timeout() {
    server.on("/stalls.xml", x -> {
      x.getResponseHeaders().set("Content-Type", "application/rss+xml");
      x.sendResponseHeaders(200, 0);
      x.getResponseBody().write("<rss version=\"2.0\"><channel>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      x.getResponseBody().flush();
      try {
        Thread.sleep(4000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    long start = System.nanoTime();
    FeedWatcher.Poll poll = watcher(Map.of()).poll(server.url("/stalls.xml"), a -> { }, p -> { }, () -> false);
    assertTrue(poll.failed(), poll.toString());
    assertTrue(poll.outcome().contains("did not arrive whole within 1 s"), poll.outcome());
    assertTrue(System.nanoTime() - start < 3_500_000_000L, "the timeout, not the server, ended the wait");
  }

  @Test
  void a_moved_feed_is_followed_to_its_new_address() throws Exception {
    server.serve("/moved.xml", "application/atom+xml",
        Files.readString(RomeFeedReaderTest.FEEDS.resolve("atom.xml")));
    server.on("/old.xml", x -> {
      x.getResponseHeaders().set("Location", server.url("/moved.xml"));
      LocalServer.send(x, 301, "text/plain", "");
    });
    Collected c = poll(watcher(Map.of()), server.url("/old.xml"));
    assertEquals(List.of("tag:frontline.example,2021:erbil", "tag:frontline.example,2022:colombo"), c.ids());
  }

  @Test
  void a_feed_that_is_not_xml_is_an_error_and_its_items_are_not_marked_read() {
    server.serve("/garbage.xml", "application/rss+xml", "<rss><channel><item>");
    FeedWatcher watcher = watcher(Map.of());
    Collected c = new Collected();
    FeedWatcher.Poll poll = watcher.poll(server.url("/garbage.xml"), c.articles::add, c.problems::add, () -> false);
    assertTrue(poll.failed(), poll.toString());
    assertTrue(c.problem().startsWith(server.url("/garbage.xml")), c.problem());
  }

  @Test
  void a_feed_file_is_read_again_only_when_it_changes(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("news.rss"), feed.get());
    FeedWatcher watcher = watcher(Map.of());
    assertEquals(2, poll(watcher, file.toString()).articles.size());
    assertEquals("not modified", watcher.poll(file.toString(), a -> { }, p -> { }, () -> false).outcome());
    Files.writeString(file, thirdItem());
    assertEquals(List.of("colombo-1"), poll(watcher, file.toString()).ids());
  }

  @Test
  void items_left_when_asked_to_stop_are_new_again_next_time() {
    FeedWatcher watcher = watcher(Map.of());
    String source = server.url("/news.xml");
    Collected c = new Collected();
    watcher.poll(source, c.articles::add, c.problems::add, () -> !c.articles.isEmpty());
    assertEquals(1, c.articles.size());
    assertEquals(1, poll(watcher, source).articles.size(), "the item left is read on the next poll");
  }
}
