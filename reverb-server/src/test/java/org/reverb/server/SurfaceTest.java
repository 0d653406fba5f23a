package org.reverb.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.io.InputStream;
import java.io.OutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reverb.server.articles.ArticleIngestor;
import org.reverb.server.articles.ArticlesFeature;
import org.reverb.store.EventStore;
import org.reverb.store.SqliteEventStore;

/**
 * Issue 8: the server's surface against a real server on a free loopback port: limits, parameterised filters,
 * static files kept in their folder, no stack traces, CORS off unless configured, security headers.
 */
class SurfaceTest {

  private static final String TOKEN = "s3cret-token";
  private static final String ORIGIN = "https://desk.example.org";

  @TempDir
  static Path dir;

  static EventStore store;
  static ReverbServer server;
  static ReverbServer withCors;
  static final HttpClient http = HttpClient.newHttpClient();
  static final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void start() {
    store = SeedStore.open(dir);
    ArticleIngestor fake = article -> new ArticleIngestor.Result(EventStore.PutResult.ADDED, List.of());
    server = new ReverbServer(store, List.of(new ArticlesFeature(store, TOKEN, s -> fake))).start("127.0.0.1", 0);
    withCors = new ReverbServer(store, List.of(), ORIGIN).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.stop();
    withCors.stop();
    store.close();
  }

  @Test
  void a_body_over_the_limit_is_refused_with_413() throws Exception {
    String text = "x".repeat((int) ReverbServer.MAX_BODY_BYTES + 10);
    HttpResponse<String> r = post(server, "{\"id\": \"a\", \"published\": \"2024-02-07\", \"text\": \"" + text + "\"}");

    assertEquals(413, r.statusCode(), r.body());
    assertNoInsides(r.body());
  }

  @Test
  void an_article_text_over_the_article_bound_is_a_400_that_says_so() throws Exception {
    HttpResponse<String> r = post(server, "{\"id\": \"a\", \"published\": \"2024-02-07\", \"text\": \""
        + "y".repeat(100_001) + "\"}");

    assertEquals(400, r.statusCode(), r.body());
    assertTrue(json.readTree(r.body()).get("detail").asText().startsWith("field 'text': the text has 100,001 "
        + "characters, over the limit of 100,000"), r.body());
  }

  @Test
  void a_very_long_query_string_is_refused_without_reaching_the_store() throws Exception {
    HttpResponse<String> r = get(server, "/api/events?q=" + "a".repeat(64 * 1024));

    assertTrue(r.statusCode() == 414 || r.statusCode() == 431 || r.statusCode() == 400, r.statusCode() + "");
    assertNoInsides(r.body());
  }

  @Test
  void filter_values_that_look_like_sql_match_nothing() throws Exception {
    for (String attack : List.of("' OR '1'='1", "x' OR 1=1 --", "%' OR '%'='", "'; DROP TABLE events; --",
        "\" OR \"\"=\"", "1) OR (1=1", "%", "_")) {
      for (String filter : List.of("actor", "target", "q")) {
        HttpResponse<String> r = get(server, "/api/events?" + filter + "=" + enc(attack));
        assertEquals(200, r.statusCode(), filter + "=" + attack + ": " + r.body());
        assertEquals(0, json.readTree(r.body()).get("total").asInt(), filter + "=" + attack);
      }
    }
    assertEquals(5, getJson("/api/events").get("total").asInt(), "the events are all still there");
  }

  @Test
  void static_files_cannot_be_read_from_outside_their_folder() throws Exception {
    for (String path : List.of("/..%2f..%2f..%2f..%2fetc%2fpasswd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/..%2fReverbServer.class", "/%2e%2e/ReverbServer.class", "/..%5c..%5cetc%5cpasswd",
        "/webjars/..%2f..%2f..%2fetc%2fpasswd", "/map/..%2f..%2fReverbServer.class", "/..;/ReverbServer.class",
        "/%252e%252e/%252e%252e/etc/passwd", "/org/reverb/server/ReverbServer.class")) {
      Response r = raw(server, path);
      assertTrue(r.status == 404 || r.status == 400, path + " answered " + r.status);
      assertFalse(r.body.contains("root:") || r.body.contains("\u00ca\u00fe\u00ba\u00be"), path + " leaked a file");
      assertNoInsides(r.body);
    }
  }

  @Test
  void an_internal_failure_answers_500_without_a_stack_trace() throws Exception {
    EventStore broken = new SqliteEventStore(dir.resolve("broken.db"));
    broken.close(); // every query on a closed store fails inside the store
    ReverbServer failing = new ReverbServer(broken, List.of()).start("127.0.0.1", 0);
    try {
      HttpResponse<String> r = get(failing, "/api/events?country=IRQ");

      assertEquals(500, r.statusCode(), r.body());
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
      assertNoInsides(r.body());
      assertTrue(json.readTree(r.body()).get("detail").asText().contains("see the server's log"), r.body());
    } finally {
      failing.stop();
    }
  }

  @Test
  void cross_origin_calls_are_refused_unless_an_origin_is_configured() throws Exception {
    HttpResponse<String> plain = send(server, HttpRequest.newBuilder(uri(server, "/api/events"))
        .header("Origin", ORIGIN).GET());
    assertNull(plain.headers().firstValue("Access-Control-Allow-Origin").orElse(null));

    HttpResponse<String> allowed = send(withCors, HttpRequest.newBuilder(uri(withCors, "/api/events"))
        .header("Origin", ORIGIN).GET());
    assertEquals(ORIGIN, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));

    HttpResponse<String> other = send(withCors, HttpRequest.newBuilder(uri(withCors, "/api/events"))
        .header("Origin", "https://evil.example.com").GET());
    assertNull(other.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
  }

  @Test
  void pages_api_answers_and_errors_carry_the_security_headers() throws Exception {
    for (String path : List.of("/", "/desk.js", "/api/events", "/api/events?from=x", "/api/nowhere")) {
      HttpResponse<String> r = get(server, path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
      assertEquals(ReverbServer.CONTENT_SECURITY_POLICY,
          r.headers().firstValue("Content-Security-Policy").orElse(null), path);
      assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), path);
    }
  }

  @Test
  void a_wrong_token_is_refused_and_a_missing_one_too() throws Exception {
    HttpResponse<String> none = send(server, HttpRequest.newBuilder(uri(server, "/api/articles"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")));
    HttpResponse<String> wrong = send(server, HttpRequest.newBuilder(uri(server, "/api/articles"))
        .header("Authorization", "Bearer s3cret-tokeN").POST(HttpRequest.BodyPublishers.ofString("{}")));

    assertEquals(401, none.statusCode());
    assertEquals(401, wrong.statusCode());
  }

  /** No Java class names, stack frames or SQL in what a client sees. */
  private static void assertNoInsides(String body) {
    for (String inside : List.of("Exception", "\tat ", "at org.", "at java.", "org.reverb", "sqlite", "SQLITE",
        "jetty", "Caused by")) {
      assertFalse(body.contains(inside), "the answer shows '" + inside + "': " + body);
    }
  }

  private static HttpResponse<String> post(ReverbServer s, String body) throws Exception {
    return send(s, HttpRequest.newBuilder(uri(s, "/api/articles")).header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static HttpResponse<String> get(ReverbServer s, String path) throws Exception {
    return send(s, HttpRequest.newBuilder(uri(s, path)).GET());
  }

  private static JsonNode getJson(String path) throws Exception {
    return json.readTree(get(server, path).body());
  }

  private static HttpResponse<String> send(ReverbServer s, HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(ReverbServer s, String path) {
    return URI.create("http://127.0.0.1:" + s.port() + path);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private record Response(int status, String body) {}

  /** A GET with the path sent exactly as written (java.net.URI would normalise the dots away). */
  private static Response raw(ReverbServer s, String path) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", s.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      int status = Integer.parseInt(answer.substring(9, 12));
      int bodyAt = answer.indexOf("\r\n\r\n");
      return new Response(status, bodyAt < 0 ? "" : answer.substring(bodyAt + 4));
    }
  }
}
