package org.reverb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reverb.store.EventStore;
import org.reverb.store.EventStores;

/** {@code reverb watch --once} against feeds served from a local server, as a cron job would run it. */
class WatchCommandTest {

  static final String BOGOTA = "BOGOTA — Colombia's government on Friday blamed the National Liberation Army (ELN) "
      + "for the car bomb that ripped through the capital's main police academy on Thursday, and President Ivan "
      + "Duque declared that peace talks with the guerrilla group were over. The blast killed 21 people and wounded "
      + "68, most of them young cadets. Defence Minister Guillermo Botero said investigators had identified the "
      + "driver as a veteran explosives expert for the ELN, and prosecutors said police had arrested a second "
      + "suspect in Bogota early on Friday.";

  static final String COLOMBO = "COLOMBO — Thousands of protesters stormed the official residence of Sri Lanka's "
      + "president on Saturday, after months of anger over an economic crisis. Police fired tear gas and water cannon "
      + "but could not hold back the crowds, who climbed the gates of the residence, television footage showed.";

  HttpServer server;
  final AtomicReference<String> feed = new AtomicReference<>();
  final AtomicBoolean honourValidators = new AtomicBoolean(true);

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/news.xml", x -> {
      String etag = "\"" + Integer.toHexString(feed.get().hashCode()) + "\"";
      if (honourValidators.get() && etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
        send(x, 304, "");
        return;
      }
      x.getResponseHeaders().set("ETag", etag);
      send(x, 200, feed.get());
    });
    server.createContext("/down.xml", x -> send(x, 500, "oops"));
    server.start();
    feed.set(rss(item("bogota-1", "Sat, 19 Jan 2019 13:00:00 GMT", BOGOTA)));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  static void send(HttpExchange x, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", "application/rss+xml");
    x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = x.getResponseBody()) {
        out.write(bytes);
      }
    }
    x.close();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  static String item(String guid, String date, String text) {
    return "<item><title>" + guid + "</title><guid>" + guid + "</guid><pubDate>" + date + "</pubDate>"
        + "<description><![CDATA[<p>" + text + "</p>]]></description></item>";
  }

  static String rss(String... items) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>" + String.join("", items)
        + "</channel></rss>";
  }

  static long articles(String db) {
    try (EventStore store = EventStores.openExisting(db)) {
      return store.articleCount();
    }
  }

  @Test
  void polls_store_each_new_item_once_and_remember_what_they_read_across_restarts(@TempDir Path dir)
      throws Exception {
    Path sources = Files.writeString(dir.resolve("sources.txt"), "# feeds to follow\n" + url("/news.xml")
        + "\n\n" + url("/down.xml") + "   # flaky\n");
    String db = dir.resolve("watch.db").toString();
    String[] once = {"watch", "--once", "--db", db, "--threads", "1", "--host-delay", "0s", sources.toString()};

    Cli.Run first = Cli.run(once);
    assertEquals(1, first.status(), "a failing source makes --once exit 1\n" + first);
    List<String> polls = first.err().lines().filter(l -> l.contains(" http://")).toList();
    assertEquals(2, polls.size(), first.err());
    assertTrue(polls.get(0).endsWith(url("/news.xml") + ": 1 new item, 0 errors"), polls.get(0));
    assertTrue(polls.get(1).contains(url("/down.xml") + ": error: ") && polls.get(1).contains("HTTP 500"),
        polls.get(1));
    assertEquals(1, articles(db));
    assertTrue(Files.exists(dir.resolve("watch.db.feeds.json")));

    Cli.Run unchanged = Cli.run(once);
    assertTrue(unchanged.err().contains(url("/news.xml") + ": not modified"), unchanged.toString());
    assertTrue(unchanged.err().contains(url("/down.xml") + ": backing off after 1 failure"), unchanged.toString());

    feed.set(rss(item("colombo-1", "Sat, 09 Jul 2022 18:00:00 GMT", COLOMBO),
        item("bogota-1", "Sat, 19 Jan 2019 13:00:00 GMT", BOGOTA)));
    honourValidators.set(false);
    Cli.Run changed = Cli.run(once);
    assertTrue(changed.err().contains(url("/news.xml") + ": 1 new item, 0 errors"), changed.toString());
    assertEquals(2, articles(db));

    Cli.Run again = Cli.run(once);
    assertTrue(again.err().contains(url("/news.xml") + ": 0 new items, 0 errors"),
        "a server that ignores validators still gives nothing new\n" + again);
    assertEquals(2, articles(db));
  }

  @Test
  void a_watcher_asked_to_stop_between_polls_exits_cleanly_with_its_state_saved(@TempDir Path dir)
      throws Exception {
    WatchCommand watch = new WatchCommand();
    watch.store = new StoreOption();
    watch.store.db = dir.resolve("stop.db").toString();
    watch.sources = Files.writeString(dir.resolve("sources.txt"), url("/news.xml") + "\n");
    watch.every = java.time.Duration.ofHours(1);
    watch.timeout = java.time.Duration.ofSeconds(5);
    watch.hostDelay = java.time.Duration.ZERO;
    watch.threads = 1;
    Path state = dir.resolve("stop.db.feeds.json");
    Integer[] status = {null};
    Thread running = new Thread(() -> {
      try {
        status[0] = watch.call();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    running.start();
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (!Files.exists(state) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertTrue(Files.exists(state), "the first poll saves the state");
    watch.stop();
    running.join(10_000);
    assertTrue(!running.isAlive(), "stop ends the wait for the next poll");
    assertEquals(0, status[0]);
    assertEquals(1, articles(watch.store.db));
    assertTrue(Files.readString(state).contains("bogota-1"), Files.readString(state));
  }

  @Test
  void ingest_reads_a_feed_by_its_address_and_a_page_from_a_file(@TempDir Path dir) throws Exception {
    Path page = Files.writeString(dir.resolve("colombo.html"), "<html><head><meta property=\"article:published_time\""
        + " content=\"2022-07-09T18:00:00+05:30\"><title>Colombo</title></head><body><nav><a href=/>Home</a></nav>"
        + "<article><h1>Protesters storm the residence</h1><p>" + COLOMBO + "</p></article>"
        + "<footer><p>Copyright 2022 The Island Times. All rights reserved by the publisher.</p></footer></body></html>");
    String db = dir.resolve("ingest.db").toString();
    Cli.Run run = Cli.run("ingest", "--db", db, "--threads", "1", page.toString(), url("/news.xml"));
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.err().contains("2 articles: 2 added"), run.toString());
    assertEquals(2, articles(db));
  }

  @Test
  void a_missing_sources_file_is_one_line_that_says_what_to_give() {
    Cli.Run run = Cli.run("watch", "--once", "/no/such/sources.txt");
    assertEquals(1, run.status(), run.toString());
    assertTrue(run.err().strip().startsWith("reverb watch: /no/such/sources.txt: no such file;"), run.err());
  }

  @Test
  void an_interval_under_a_second_is_a_usage_error() {
    Cli.Run run = Cli.run("watch", "--every", "0s", "sources.txt");
    assertEquals(2, run.status(), run.toString());
    assertTrue(run.err().contains("--every 0ms is too short to be polite; give 1s or more"), run.err());
  }

  @Test
  void durations_are_read_as_people_write_them() {
    WatchCommand.DurationConverter c = new WatchCommand.DurationConverter();
    assertEquals(java.time.Duration.ofMinutes(15), c.convert("15m"));
    assertEquals(java.time.Duration.ofSeconds(30), c.convert("30s"));
    assertEquals(java.time.Duration.ofHours(2), c.convert("PT2H"));
  }
}
