package org.reverb.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.reverb.json.EventJson;
import org.reverb.server.actors.ActorsFeature;
import org.reverb.server.articles.ArticleIngestor;
import org.reverb.server.articles.ArticlesFeature;
import org.reverb.server.escalation.EscalationFeature;
import org.reverb.server.events.EventsFeature;
import org.reverb.server.graph.GraphFeature;
import org.reverb.server.openapi.OpenApiFeature;
import org.reverb.server.places.PlacesFeature;
import org.reverb.server.problem.Problems;
import org.reverb.server.stories.StoriesFeature;
import org.reverb.store.EventStore;

/**
 * The desk's web server: the REST API under {@code /api}, the dashboard at {@code /} and its scripts from WebJars,
 * all from the classpath. Does not own the store: the caller closes it after {@link #stop()}.
 */
public final class ReverbServer implements AutoCloseable {

  /** Where the dashboard's files live on the classpath. */
  static final String WEB = "/org/reverb/server/web";

  /** The largest request body read (an article posted as JSON); a larger one is a 413. */
  public static final long MAX_BODY_BYTES = 1_000_000;

  /**
   * What the dashboard may load: its own scripts, styles and data only (ECharts draws on canvas and sets styles from
   * script, hence inline styles), and no framing by other sites.
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' "
      + "'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
      + "form-action 'self'; frame-ancestors 'none'";

  private final Javalin app;

  /**
   * A server over {@code store}. {@code token} enables {@code POST /api/articles} (null disables it);
   * {@code ingestor} is built on the first such request, so that read-only use never loads the NLP models.
   */
  public ReverbServer(EventStore store, String token, ArticleIngestor.Factory ingestor) {
    this(store, token, ingestor, null);
  }

  /** As above; {@code corsOrigin} (such as {@code https://desk.example.org}) may call the API from a browser. */
  public ReverbServer(EventStore store, String token, ArticleIngestor.Factory ingestor, String corsOrigin) {
    this(store, List.of(new ArticlesFeature(store, token, ingestor)), corsOrigin);
  }

  /** A server over {@code store} with the read-only features and {@code extra} ones; no cross-origin calls. */
  public ReverbServer(EventStore store, List<Feature> extra) {
    this(store, extra, null);
  }

  /**
   * A server over {@code store} with the read-only features and {@code extra} ones. Browsers may call it from
   * other sites only from {@code corsOrigin}, and only when it is not {@code null} (CORS is off by default).
   */
  public ReverbServer(EventStore store, List<Feature> extra, String corsOrigin) {
    Objects.requireNonNull(store, "store");
    ObjectMapper json = EventJson.MAPPER.copy().disable(SerializationFeature.INDENT_OUTPUT);
    app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(json, false));
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = WEB;
        files.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars();
      config.http.maxRequestSize = MAX_BODY_BYTES;
      if (corsOrigin != null && !corsOrigin.isBlank()) {
        config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> rule.allowHost(corsOrigin.strip())));
      }
    });
    app.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      ctx.header("X-Frame-Options", "DENY");
      ctx.header("Referrer-Policy", "no-referrer");
    });
    Problems.register(app);
    List<Feature> features = new ArrayList<>(List.of(new EventsFeature(store), new ActorsFeature(store),
        new GraphFeature(store), new PlacesFeature(store), new StoriesFeature(store),
        new EscalationFeature(store), new OpenApiFeature()));
    features.addAll(extra);
    features.forEach(f -> f.register(app));
  }

  /** Starts listening on {@code host}:{@code port} (0 picks a free port); returns this server. */
  public ReverbServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  public void stop() {
    app.stop();
  }

  @Override
  public void close() {
    stop();
  }
}
