package org.reverb.server;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.reverb.model.Actor;
import org.reverb.model.ActorKind;
import org.reverb.model.Article;
import org.reverb.model.DateSpan;
import org.reverb.model.Event;
import org.reverb.model.EventType;
import org.reverb.model.Modality;
import org.reverb.model.Place;
import org.reverb.model.Source;
import org.reverb.store.EventQuery;
import org.reverb.store.EventStore;
import org.reverb.store.SqliteEventStore;

/**
 * Latency of the desk's main API queries over a SQLite store of synthetic events (not a test: it asserts nothing).
 * Run with {@code scripts/bench-api.sh [EVENTS] [STORE]} (default 100,000 events in
 * {@code reverb-server/target/bench.db}, made on the first run and reused). Prints p50 and p95 per query, measured
 * over HTTP on loopback after a warm-up.
 */
public final class ApiBenchmark {

  private static final int WARMUP = 5;
  private static final int RUNS = 40;

  private ApiBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path file = Path.of(args.length > 1 ? args[1] : "reverb-server/target/bench.db");
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (EventStore store = new SqliteEventStore(file)) {
      if (store.eventCount() != n) {
        if (store.eventCount() != 0) {
          throw new IllegalStateException(file + " holds " + store.eventCount() + " events, not " + n
              + "; delete it or give another file");
        }
        long t0 = System.nanoTime();
        fill(store, n);
        System.out.printf(Locale.ROOT, "filled %s with %,d events in %.1f s%n", file, n, (System.nanoTime() - t0) / 1e9);
      }
      ReverbServer server = new ReverbServer(store, null, s -> {
        throw new IllegalStateException("read-only");
      }).start("127.0.0.1", 0);
      try {
        run(server.port(), store);
      } finally {
        server.stop();
      }
    }
  }

  private static void run(int port, EventStore store) throws Exception {
    String someId = store.events(EventQuery.ALL.page(1, n(store) / 2)).get(0).id();
    Map<String, String> queries = new LinkedHashMap<>();
    queries.put("events, first page", "/api/events");
    queries.put("events, page 500 (offset 50,000)", "/api/events?limit=100&offset=50000");
    queries.put("events, type + country", "/api/events?type=ASSAULT&country=IRQ");
    queries.put("events, actor", "/api/events?actor=" + enc("Armed group 7"));
    queries.put("events, actor + target", "/api/events?actor=USA&target=" + enc("Armed group 7"));
    queries.put("events, one month", "/api/events?from=2024-03-01&to=2024-03-31");
    queries.put("events, text q", "/api/events?q=" + enc("convoy near"));
    queries.put("events, dashboard load (2000)", "/api/events?limit=2000");
    queries.put("one event", "/api/events/" + someId);
    queries.put("actors", "/api/actors");
    queries.put("graph", "/api/graph");
    queries.put("graph, type + month", "/api/graph?type=ASSAULT&from=2024-03-01&to=2024-03-31");
    queries.put("places", "/api/places");
    queries.put("places, country", "/api/places?country=SYR");
    HttpClient http = HttpClient.newHttpClient();
    System.out.printf(Locale.ROOT, "%-36s %9s %9s %9s%n", "query (" + String.format(Locale.ROOT, "%,d", n(store))
        + " events)", "p50 ms", "p95 ms", "bytes");
    for (Map.Entry<String, String> q : queries.entrySet()) {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + q.getValue())).build();
      long bytes = 0;
      double[] ms = new double[RUNS];
      for (int i = -WARMUP; i < RUNS; i++) {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long t = System.nanoTime() - t0;
        if (r.statusCode() != 200) {
          throw new IllegalStateException(q.getValue() + ": " + r.statusCode() + " " + new String(r.body(),
              StandardCharsets.UTF_8));
        }
        bytes = r.body().length;
        if (i >= 0) {
          ms[i] = t / 1e6;
        }
      }
      Arrays.sort(ms);
      System.out.printf(Locale.ROOT, "%-36s %9.1f %9.1f %9d%n", q.getKey(), percentile(ms, 50), percentile(ms, 95),
          bytes);
    }
  }

  private static int n(EventStore store) {
    return (int) store.eventCount();
  }

  private static double percentile(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** {@code n} events over two years, 16 types, 60 countries, 200 actors, in articles of 1,000 events. */
  static void fill(EventStore store, int n) {
    Random random = new Random(42);
    String[] countries = {"IRQ", "SYR", "USA", "UKR", "RUS", "ISR", "PSE", "LBN", "YEM", "SDN", "SSD", "ETH", "SOM",
        "KEN", "NGA", "MLI", "BFA", "NER", "TCD", "LBY", "EGY", "TUR", "IRN", "AFG", "PAK", "IND", "MMR", "THA",
        "PHL", "IDN", "CHN", "PRK", "KOR", "JPN", "MEX", "COL", "VEN", "BRA", "PER", "HTI", "FRA", "DEU", "GBR",
        "POL", "SRB", "ARM", "AZE", "GEO", "BGD", "LKA", "NPL", "COD", "CAF", "CMR", "MOZ", "ZWE", "ZAF", "DZA",
        "TUN", "MAR"};
    List<Actor> actors = new ArrayList<>();
    for (String c : countries) {
      actors.add(new Actor(c, "State of " + c, ActorKind.STATE, c, null));
    }
    for (int i = 0; actors.size() < 200; i++) {
      actors.add(new Actor("Armed group " + i, "Armed group " + i, ActorKind.ARMED_GROUP,
          countries[i % countries.length], null));
    }
    String[] words = {"convoy", "near", "the", "border", "village", "forces", "said", "officials", "attack", "killed",
        "market", "city", "reported", "strike", "police", "protest", "capital", "talks", "army", "checkpoint"};
    EventType[] types = EventType.values();
    LocalDate start = LocalDate.of(2023, 1, 1);
    int perArticle = 1000;
    for (int a = 0; a * perArticle < n; a++) {
      String article = String.format(Locale.ROOT, "bench-%04d", a);
      LocalDate published = start.plusDays(a * 7L % 730);
      List<Event> events = new ArrayList<>();
      for (int i = a * perArticle; i < Math.min(n, (a + 1) * perArticle); i++) {
        EventType type = types[random.nextInt(types.length)];
        List<String> modes = new ArrayList<>(type.modes());
        modes.sort(null);
        String mode = modes.isEmpty() || random.nextBoolean() ? null : modes.get(random.nextInt(modes.size()));
        String country = countries[(int) Math.abs(random.nextGaussian() * 12) % countries.length];
        Actor actor = random.nextInt(10) == 0 ? null : actors.get(random.nextInt(actors.size()));
        Actor target = random.nextInt(5) == 0 ? null : actors.get(random.nextInt(actors.size()));
        int city = random.nextInt(500);
        Place place = random.nextInt(10) == 0 ? null : new Place("City " + city + " of " + country, country, null,
            (city * 37 % 120) - 60.0, (city * 71 % 340) - 170.0, Place.Precision.CITY);
        LocalDate day = start.plusDays(random.nextInt(730));
        DateSpan date = switch (random.nextInt(10)) {
          case 0 -> null;
          case 1 -> DateSpan.until(day);
          case 2, 3 -> DateSpan.week(day);
          default -> DateSpan.day(day);
        };
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < 18; w++) {
          sentence.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        events.add(new Event(String.format(Locale.ROOT, "ev%07d", i), type, mode, actor, target, place, date,
            type == EventType.ASSAULT ? random.nextInt(20) : null, null, Modality.ASSERTED, 0.5 + random.nextDouble() / 2,
            null, List.of(new Source(article, published, sentence + ".", "strike")), List.of()));
      }
      store.put(new Article(article, published, "Synthetic " + a, "Synthetic article " + a + ".", null, null), events);
    }
  }
}
