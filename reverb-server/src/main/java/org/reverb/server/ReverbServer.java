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

  private final Javalin app;

  /**
   * A server over {@code store}. {@code token} enables {@code POST /api/articles} (null disables it);
   * {@code ingestor} is built on the first such request, so that read-only use never loads the NLP models.
   */
  public ReverbServer(EventStore store, String token, ArticleIngestor.Factory ingestor) {
    this(store, List.of(new ArticlesFeature(store, token, ingestor)));
  }

  /** A server over {@code store} with the read-only features and {@code extra} ones. */
  public ReverbServer(EventStore store, List<Feature> extra) {
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
