package org.reverb.server.articles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Set;
import org.reverb.ingest.ArticleBounds;
import org.reverb.json.EventJson;
import org.reverb.model.Article;
import org.reverb.server.Feature;

/**
 * {@code POST /api/articles}: ingest one article ({@code {"id", "published", "title", "text", "url", "source"}}, as a
 * JSON Lines record). Disabled (403) unless the server has a token; the request must then carry
 * {@code Authorization: Bearer TOKEN} (401 otherwise), compared in constant time.
 */
public final class ArticlesFeature implements Feature {

  private static final Set<String> FIELDS = Set.of("id", "published", "title", "text", "url", "source");

  private final org.reverb.store.EventStore store;
  private final byte[] tokenDigest;
  private final ArticleIngestor.Factory factory;
  private ArticleIngestor ingestor;

  /** {@code token} null or blank disables ingest. */
  public ArticlesFeature(org.reverb.store.EventStore store, String token, ArticleIngestor.Factory factory) {
    this.store = Objects.requireNonNull(store, "store");
    this.tokenDigest = token == null || token.isBlank() ? null : sha256(token);
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  @Override
  public void register(Javalin app) {
    app.post("/api/articles", this::post);
  }

  private void post(Context ctx) {
    if (tokenDigest == null) {
      throw new ForbiddenResponse("ingest over HTTP is disabled; start the server with REVERB_TOKEN set to enable it");
    }
    String auth = ctx.header("Authorization");
    String given = auth != null && auth.startsWith("Bearer ") ? auth.substring("Bearer ".length()).strip() : "";
    // Digests of equal length, compared by MessageDigest.isEqual, which takes the same time wherever they differ.
    if (!MessageDigest.isEqual(tokenDigest, sha256(given))) {
      throw new UnauthorizedResponse("send the server's token as 'Authorization: Bearer TOKEN'");
    }
    Article article = article(ctx.body());
    ArticleIngestor.Result result = ingestor().ingest(article);
    ObjectNode answer = EventJson.MAPPER.createObjectNode();
    answer.put("article", article.id());
    answer.put("result", result.result().name().toLowerCase(java.util.Locale.ROOT));
    ArrayNode events = answer.putArray("events");
    result.events().forEach(e -> events.add(EventJson.toJson(e)));
    ctx.status(result.result() == org.reverb.store.EventStore.PutResult.UNCHANGED ? HttpStatus.OK : HttpStatus.CREATED)
        .json(answer);
  }

  private synchronized ArticleIngestor ingestor() {
    if (ingestor == null) {
      ingestor = factory.create(store);
    }
    return ingestor;
  }

  /** The posted article; a 400 names what is wrong with it. */
  static Article article(String body) {
    JsonNode n;
    try {
      n = EventJson.MAPPER.readTree(body);
    } catch (Exception e) {
      throw new BadRequestResponse("the body must be one JSON object with id, published, title, text, url, source");
    }
    if (n == null || !n.isObject()) {
      throw new BadRequestResponse("the body must be one JSON object with id, published, title, text, url, source");
    }
    n.fieldNames().forEachRemaining(f -> {
      if (!FIELDS.contains(f)) {
        throw new BadRequestResponse("unknown field '" + f + "'; an article has " + FIELDS);
      }
    });
    String text = string(n, "text");
    if (text == null || text.isBlank()) {
      throw new BadRequestResponse("field 'text' is missing or empty");
    }
    String tooLong = ArticleBounds.tooLong(text);
    if (tooLong != null) {
      throw new BadRequestResponse("field 'text': " + tooLong);
    }
    String published = string(n, "published");
    LocalDate day;
    try {
      day = LocalDate.parse(published == null ? "" : published.length() > 10 ? published.substring(0, 10) : published);
    } catch (DateTimeParseException e) {
      throw new BadRequestResponse("field 'published' must be a day such as \"2024-02-07\", not " + published);
    }
    String url = string(n, "url");
    String id = string(n, "id") != null ? string(n, "id") : url;
    if (id == null || id.isBlank()) {
      throw new BadRequestResponse("give the article an 'id' or a 'url'");
    }
    try {
      return new Article(id, day, string(n, "title"), text, url, string(n, "source"));
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse("the article is not valid: " + e.getMessage());
    }
  }

  private static String string(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new BadRequestResponse("field '" + field + "' must be a string");
    }
    return v.asText();
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}
