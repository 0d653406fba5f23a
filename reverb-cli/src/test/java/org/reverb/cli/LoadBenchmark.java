package org.reverb.cli;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.reverb.store.EventStore;
import org.reverb.store.EventStores;

/**
 * A bounded load run (a benchmark, not a test: it asserts nothing but prints its figures): {@code reverb serve} and
 * {@code reverb ingest} as two processes on one SQLite store, and a fixed number of clients on loopback asking the
 * API's main queries for a fixed time while the ingest writes. Prints requests, errors, p50/p95/max latency, and
 * whether every article of the corpus was stored. Run by {@code scripts/bench-load.sh}.
 */
public final class LoadBenchmark {

  private static final List<String> QUERIES = List.of("/api/events", "/api/events?type=ASSAULT",
      "/api/events?q=strike", "/api/events?from=2020-01-01&to=2024-12-31", "/api/actors", "/api/graph",
      "/api/places", "/api/events?limit=500&offset=10");

  private LoadBenchmark() {}

  /** Arguments: CORPUS STORE [CLIENTS (8)] [SECONDS (60)]. */
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    Path db = Path.of(args[1]);
    int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
    Files.deleteIfExists(db);
    EventStores.open(db.toString()).close(); // an empty store with its schema, for serve to open
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path logs = db.toAbsolutePath().getParent();
    Process serve = reverb(logs.resolve("serve.log"), "serve", "--db", db.toString(), "--port", String.valueOf(port));
    Process ingest = null;
    try {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      waitForServer(http, port);
      ingest = reverb(logs.resolve("ingest.log"), "ingest", "--db", db.toString(), "--threads", "1",
          corpus.toString());
      ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      List<Thread> threads = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int first = c;
        Thread t = new Thread(() -> {
          for (int i = first; System.nanoTime() < end; i++) {
            String path = QUERIES.get(i % QUERIES.size());
            long start = System.nanoTime();
            try {
              HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                  .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
              nanos.add(System.nanoTime() - start);
              if (r.statusCode() != 200) {
                errors.add(path + ": " + r.statusCode() + " " + r.body());
              }
            } catch (Exception e) {
              errors.add(path + ": " + e);
            }
          }
        }, "client-" + c);
        t.start();
        threads.add(t);
      }
      for (Thread t : threads) {
        t.join();
      }
      boolean ingestRunning = ingest.isAlive();
      boolean ended = ingest.waitFor(20, TimeUnit.MINUTES);
      long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
      long articles;
      long events;
      try (EventStore store = EventStores.openExisting(db.toString())) {
        articles = store.articleCount();
        events = store.eventCount();
      }
      long files;
      try (var list = Files.list(corpus)) {
        files = list.filter(p -> p.toString().endsWith(".txt")).count();
      }
      System.out.printf("load: %d clients for %d s on loopback, %s%n", clients, seconds,
          ingestRunning ? "the ingest still writing at the end" : "the ingest ended before the clients");
      System.out.printf("requests: %d (%.1f/s), errors: %d%n", sorted.length, sorted.length / (double) seconds,
          errors.size());
      System.out.printf("latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n", ms(sorted, 50), ms(sorted, 95),
          ms(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
      System.out.printf("ingest: %s, status %s; store: %d of %d articles, %d events%n",
          ended ? "ended" : "did not end in 20 minutes", ended ? ingest.exitValue() : "-", articles, files, events);
      errors.stream().limit(10).forEach(e -> System.out.println("error: " + e));
    } finally {
      if (ingest != null) {
        ingest.destroyForcibly();
      }
      serve.destroy();
      serve.waitFor(10, TimeUnit.SECONDS);
      serve.destroyForcibly();
    }
  }

  private static double ms(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
  }

  private static void waitForServer(HttpClient http, int port) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      try {
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/events")).build(),
            HttpResponse.BodyHandlers.discarding());
        return;
      } catch (Exception e) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("reverb serve did not answer on port " + port + " in 30 s");
  }

  private static Process reverb(Path log, String... args) throws java.io.IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx3g", "-Xss4m", "-cp", System.getProperty("java.class.path"), "org.reverb.cli.Main"));
    command.addAll(Arrays.asList(args));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }
}
