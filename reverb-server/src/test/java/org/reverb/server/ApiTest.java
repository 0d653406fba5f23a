package org.reverb.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reverb.json.EventJson;
import org.reverb.server.articles.ArticleIngestor;
import org.reverb.server.articles.ArticlesFeature;
import org.reverb.store.EventStore;

/** The REST API, on a real server on a free port over a SQLite store holding the seeds' events. */
class ApiTest {

  private static final String TOKEN = "s3cret-token";

  @TempDir
  static Path dir;

  static EventStore store;
  static ReverbServer server;
  static ReverbServer open;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store = SeedStore.open(dir);
    server = new ReverbServer(store, null, s -> {
      throw new AssertionError("no ingestor without a token");
    }).start("127.0.0.1", 0);
    open = withToken(new AtomicInteger());
  }

  /** A server that takes articles with {@link #TOKEN}, counting how often it builds its (fake) pipeline. */
  private static ReverbServer withToken(AtomicInteger built) {
    ArticleIngestor fake = article -> new ArticleIngestor.Result(EventStore.PutResult.ADDED, List.of());
    return new ReverbServer(store, List.of(new ArticlesFeature(store, TOKEN, s -> {
      built.incrementAndGet();
      return fake;
    }))).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.stop();
    open.stop();
    store.close();
  }

  @Test
  void events_come_in_date_order_with_their_total_and_page() throws Exception {
    JsonNode page = getJson("/api/events?limit=2&offset=1");

    assertEquals(5, page.get("total").asInt());
    assertEquals(2, page.get("limit").asInt());
    assertEquals(1, page.get("offset").asInt());
    assertEquals(List.of("baghdad-strike", "us-iraq-talks"), ids(page.get("events")));
    assertEquals(List.of("withdrawal-demand", "baghdad-strike", "us-iraq-talks", "funeral-procession",
        "jordan-attack"), ids(getJson("/api/events").get("events")));
  }

  @Test
  void events_filter_by_type_mode_actor_target_country_dates_and_text() throws Exception {
    assertEquals(List.of("baghdad-strike", "jordan-attack"), ids(getJson("/api/events?type=assault").get("events")));
    assertEquals(List.of("withdrawal-demand"), ids(getJson("/api/events?mode=withdraw").get("events")));
    assertEquals(List.of("baghdad-strike", "jordan-attack"),
        ids(getJson("/api/events?actor=kataib%20hezbollah").get("events")));
    assertEquals(List.of("baghdad-strike"), ids(getJson("/api/events?actor=USA&target=Kataib+Hezbollah").get("events")));
    assertEquals(List.of("withdrawal-demand", "baghdad-strike", "funeral-procession"),
        ids(getJson("/api/events?country=irq").get("events")));
    assertEquals(List.of("funeral-procession"), ids(getJson("/api/events?from=2024-02-08&to=2024-02-08&type=PROTEST")
        .get("events")));
    assertEquals(List.of("baghdad-strike"), ids(getJson("/api/events?q=heart+of+Baghdad").get("events")));
    assertEquals(0, getJson("/api/events?q=%25").get("total").asInt());
  }

  @Test
  void one_event_comes_with_its_source_sentences_articles_and_links() throws Exception {
    JsonNode e = getJson("/api/events/baghdad-strike");

    assertEquals(EventJson.toJson(store.event("baghdad-strike").orElseThrow()), e);
    assertEquals(SeedStore.STRIKE_SENTENCE, e.at("/mentions/0/sentence").asText());
    assertEquals(SeedStore.FUNERAL_ARTICLE, e.at("/mentions/1/article").asText());
    assertEquals("jordan-attack", e.at("/links/0/event").asText());
  }

  @Test
  void an_unknown_event_or_path_is_a_404_problem() throws Exception {
    assertProblem(404, "no event with id 'nope'", get("/api/events/nope"));
    assertProblem(404, "Endpoint GET /api/nothing not found", get("/api/nothing"));
  }

  @Test
  void bad_parameters_are_400_problems_that_name_them() throws Exception {
    Map<String, String> bad = Map.ofEntries(
        Map.entry("/api/events?type=BOMB", "unknown type 'BOMB'"),
        Map.entry("/api/events?mode=aerial&type=PROTEST", "'aerial' is not a mode of PROTEST"),
        Map.entry("/api/events?from=yesterday", "'from' must be a day such as 2024-02-07, not 'yesterday'"),
        Map.entry("/api/events?from=2024-02-08&to=2024-02-01", "'to' 2024-02-01 is before 'from' 2024-02-08"),
        Map.entry("/api/events?limit=-1", "'limit' must be a whole number from 1 to 5000, not '-1'"),
        Map.entry("/api/events?offset=ten", "'offset' must be a whole number from 0 to 2147483647, not 'ten'"),
        Map.entry("/api/events?country=Iraq", "country 'Iraq' is not an ISO 3166 alpha-3 code such as IRQ"),
        Map.entry("/api/graph?offset=5", "unknown parameter 'offset'"),
        Map.entry("/api/places?limit=0", "'limit' must be a whole number from 1 to 5000, not '0'"),
        Map.entry("/api/actors?typo=1", "unknown parameter 'typo'"),
        Map.entry("/api/places?type=A&type=B", "parameter 'type' is given more than once"));
    for (Map.Entry<String, String> b : bad.entrySet()) {
      HttpResponse<String> r = get(b.getKey());
      assertEquals(400, r.statusCode(), b.getKey());
      JsonNode problem = EventJson.MAPPER.readTree(r.body());
      assertEquals("Bad Request", problem.get("title").asText());
      assertTrue(problem.get("detail").asText().startsWith(b.getValue()), b.getKey() + ": " + r.body());
      assertFalse(r.body().contains("Exception"), r.body());
    }
  }

  @Test
  void actors_come_with_their_event_counts_most_first() throws Exception {
    JsonNode actors = getJson("/api/actors").get("actors");

    assertEquals(List.of("USA 4 2 2", "IRQ 2 1 1", "Kataib Hezbollah 2 1 1"), stream(actors)
        .map(a -> a.get("id").asText() + " " + a.get("events") + " " + a.get("asActor") + " " + a.get("asTarget"))
        .toList());
    assertEquals("armed_group", actors.get(2).get("kind").asText());
    assertEquals(List.of("Kataib Hezbollah", "USA"), stream(getJson("/api/actors?type=ASSAULT").get("actors"))
        .map(a -> a.get("id").asText()).toList());
  }

  @Test
  void the_graph_has_an_edge_from_actor_to_target_weighted_by_events() throws Exception {
    JsonNode g = getJson("/api/graph");

    assertEquals(List.of("Kataib Hezbollah->USA 1 3", "USA->Kataib Hezbollah 1 3", "IRQ->USA 1 0",
        "USA->IRQ 1 0"), stream(g.get("edges")).map(e -> e.get("source").asText() + "->" + e.get("target").asText()
        + " " + e.get("events") + " " + e.get("fatalities")).sorted((a, b) -> b.endsWith("3") == a.endsWith("3")
        ? a.compareTo(b) : b.endsWith("3") ? 1 : -1).toList());
    assertEquals(3, g.get("nodes").size());
    assertEquals(2, getJson("/api/graph?limit=1").get("nodes").size());
    assertEquals(List.of("USA->Kataib Hezbollah"), stream(getJson("/api/graph?country=IRQ&type=ASSAULT")
        .get("edges")).map(e -> e.get("source").asText() + "->" + e.get("target").asText()).toList());
  }

  @Test
  void places_carry_coordinates_and_counts_for_the_map() throws Exception {
    JsonNode places = getJson("/api/places").get("places");

    JsonNode baghdad = places.get(0);
    assertEquals("Baghdad", baghdad.get("name").asText());
    assertEquals(2, baghdad.get("events").asInt());
    assertEquals(3, baghdad.get("fatalities").asInt());
    assertEquals(33.34, baghdad.get("lat").asDouble());
    assertEquals(44.40, baghdad.get("lon").asDouble());
    assertEquals(3, places.size());
  }

  @Test
  void posting_an_article_is_forbidden_when_the_server_has_no_token() throws Exception {
    assertProblem(403, "ingest over HTTP is disabled; start the server with REVERB_TOKEN set to enable it",
        post(server, "/api/articles", "{\"published\":\"2024-02-07\",\"text\":\"x\"}", "Bearer anything"));
  }

  @Test
  void posting_needs_the_servers_token_and_loads_the_pipeline_only_then() throws Exception {
    String article = "{\"id\":\"a\",\"published\":\"2024-02-07\",\"text\":\"Protesters marched in Baghdad.\"}";
    AtomicInteger built = new AtomicInteger();
    ReverbServer open = withToken(built);
    assertProblem(401, "send the server's token as 'Authorization: Bearer TOKEN'",
        post(open, "/api/articles", article, null));
    assertProblem(401, "send the server's token as 'Authorization: Bearer TOKEN'",
        post(open, "/api/articles", article, "Bearer " + TOKEN + "x"));
    assertEquals(0, built.get());
    assertProblem(400, "field 'published' must be a day such as \"2024-02-07\", not null",
        post(open, "/api/articles", "{\"id\":\"a\",\"text\":\"x\"}", "Bearer " + TOKEN));
    assertProblem(400, "unknown field 'body'; an article has",
        post(open, "/api/articles", "{\"body\":\"x\"}", "Bearer " + TOKEN));

    HttpResponse<String> r = post(open, "/api/articles", article, "Bearer " + TOKEN);

    assertEquals(201, r.statusCode(), r.body());
    assertEquals("added", EventJson.MAPPER.readTree(r.body()).get("result").asText());
    assertEquals(1, built.get());
    open.stop();
  }

  @Test
  void stories_are_listed_with_their_title_span_actors_and_counts() throws Exception {
    JsonNode stories = getJson("/api/stories").get("stories");

    assertEquals(1, stories.size(), "the two seed articles thread into one story");
    JsonNode story = stories.get(0);
    assertEquals(storyId(), story.get("id").asText());
    assertTrue(story.get("title").asText().startsWith("United States – Kataib Hezbollah"), story.toString());
    assertEquals("2024-02-07", story.get("first").asText());
    assertEquals("2024-02-08", story.get("last").asText());
    assertEquals(List.of(SeedStore.STRIKE_ARTICLE, SeedStore.FUNERAL_ARTICLE),
        stream(story.get("articles")).map(JsonNode::asText).toList());
    assertTrue(stream(story.get("actors")).anyMatch(a -> a.asText().equals("Kataib Hezbollah")), story.toString());
    assertEquals(5, story.get("events").asInt());
  }

  @Test
  void a_story_comes_with_its_events_in_timeline_order_their_links_and_steps() throws Exception {
    JsonNode story = getJson("/api/stories/" + storyId());

    assertEquals(store.story(storyId()).orElseThrow().title(), story.get("title").asText());
    JsonNode timeline = story.get("timeline");
    assertEquals(List.of("jordan-attack", "baghdad-strike", "withdrawal-demand", "funeral-procession",
        "us-iraq-talks"), ids(timeline));
    JsonNode strike = timeline.get(1);
    assertEquals(EventJson.toJson(store.event("baghdad-strike").orElseThrow()).get("mentions"), strike.get("mentions"));
    assertEquals("response_to", strike.at("/links/0/type").asText());
    assertEquals("jordan-attack", strike.at("/links/0/event").asText());
    assertEquals("jordan-attack", strike.at("/step/answers").asText(), "the strike answers the Jordan attack");
    assertTrue(strike.at("/step/intensity").asDouble() > 0);
    assertTrue(timeline.get(4).get("step").isNull(), "planned talks are no step");
  }

  @Test
  void an_unknown_story_is_a_404_problem() throws Exception {
    assertProblem(404, "no story with id 'nope'", get("/api/stories/nope"));
  }

  @Test
  void escalation_gives_a_pairs_daily_intensity_both_ways_its_trend_and_steps() throws Exception {
    JsonNode e = getJson("/api/escalation?a=USA&b=kataib+hezbollah");

    assertEquals("USA", e.get("a").asText());
    assertEquals("kataib hezbollah", e.get("b").asText());
    assertEquals(List.of("jordan-attack", "baghdad-strike"), ids(e.get("timeline")));
    assertEquals(1, e.get("series").size(), e.toString());
    JsonNode day = e.get("series").get(0);
    assertEquals("2024-02-04", day.get("day").asText(), "the strike of 1-7 February lands on its middle day");
    assertTrue(day.get("forward").asDouble() > 0, day.toString());
    assertEquals(0.0, day.get("backward").asDouble());
    assertEquals(3, day.get("fatalities").asInt());
    assertEquals(1, e.get("unplaced").asInt(), "the Jordan attack has no first day");
    assertEquals("too-few-days", e.get("trend").asText());
    assertEquals("baghdad-strike", e.at("/reciprocal/0/event").asText());
    assertEquals("jordan-attack", e.at("/reciprocal/0/answers").asText());

    JsonNode back = getJson("/api/escalation?a=Kataib%20Hezbollah&b=United%20States");
    assertEquals(day.get("forward"), back.at("/series/0/backward"), "the same series the other way round");
    assertEquals(0, getJson("/api/escalation?a=USA&b=Nobody").get("series").size());
  }

  @Test
  void escalation_needs_two_distinct_parties() throws Exception {
    assertProblem(400, "'a' is missing", get("/api/escalation?b=USA"));
    assertProblem(400, "'b' is missing", get("/api/escalation?a=USA&b=+"));
    assertProblem(400, "'a' and 'b' are the same party", get("/api/escalation?a=USA&b=usa"));
    assertProblem(400, "unknown parameter 'c'", get("/api/escalation?a=USA&b=IRQ&c=1"));
    assertProblem(400, "parameter 'a' is given more than once", get("/api/escalation?a=USA&a=IRQ&b=IRQ"));
    assertProblem(400, "'b' is longer than 200 characters", get("/api/escalation?a=USA&b=" + "x".repeat(201)));
    assertProblem(400, "unknown parameter 'limit'", get("/api/stories?limit=1"));
  }

  @Test
  void every_path_in_the_openapi_document_answers() throws Exception {
    JsonNode doc = getJson("/api/openapi.json");
    assertEquals("3.0.3", doc.get("openapi").asText());
    List<String> checked = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      String url = path.getKey().replace("{id}", path.getKey().startsWith("/api/stories") ? storyId()
          : "baghdad-strike");
      for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
        String method = methods.next();
        String query = stream(path.getValue().get(method).path("parameters"))
            .filter(p -> p.path("required").asBoolean() && p.path("in").asText().equals("query"))
            .map(p -> p.get("name").asText() + "=" + URLEncoder.encode(p.get("example").asText(), UTF_8))
            .collect(Collectors.joining("&"));
        String full = query.isEmpty() ? url : url + "?" + query;
        HttpResponse<String> r = method.equals("get") ? get(full)
            : post(open, full, "{\"id\":\"b\",\"published\":\"2024-02-07\",\"text\":\"Talks.\"}", "Bearer " + TOKEN);
        assertTrue(r.statusCode() == 200 || r.statusCode() == 201, method + " " + full + ": " + r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), full);
        checked.add(method.toUpperCase() + " " + path.getKey());
      }
    }
    assertEquals(List.of("GET /api/events", "GET /api/events/{id}", "GET /api/actors", "GET /api/graph",
        "GET /api/places", "GET /api/stories", "GET /api/stories/{id}", "GET /api/escalation", "POST /api/articles",
        "GET /api/openapi.json"), checked);
  }

  @Test
  void the_dashboard_its_scripts_and_its_map_are_served_from_the_classpath() throws Exception {
    for (String path : List.of("/", "/desk.js", "/desk.css", "/webjars/echarts/5.3.1/dist/echarts.min.js",
        "/map/countries-110m.geojson")) {
      HttpResponse<String> r = get(path);
      assertEquals(200, r.statusCode(), path);
      assertFalse(r.body().isEmpty(), path);
    }
    String html = get("/").body();
    assertFalse(html.contains("http://") || html.contains("https://"), "the dashboard links nothing outside");
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode getJson(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = get(path);
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return EventJson.MAPPER.readTree(r.body());
  }

  private static HttpResponse<String> post(ReverbServer to, String path, String body, String auth)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to.port() + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertProblem(int status, String detailStart, HttpResponse<String> r) throws IOException {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
        r.headers().toString());
    JsonNode problem = EventJson.MAPPER.readTree(r.body());
    assertEquals(status, problem.get("status").asInt());
    assertTrue(problem.get("detail").asText().startsWith(detailStart), r.body());
  }

  /** The one story the seeds thread into. */
  private static String storyId() {
    return store.stories().get(0).id();
  }

  private static List<String> ids(JsonNode events) {
    return stream(events).map(e -> e.get("id").asText()).toList();
  }

  private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false);
  }
}
