package org.reverb.server.stories;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import org.reverb.analyze.EscalationAnalyzer;
import org.reverb.analyze.WeightedEscalationAnalyzer;
import org.reverb.json.EventJson;
import org.reverb.json.StoryJson;
import org.reverb.model.Event;
import org.reverb.server.Feature;
import org.reverb.store.EventStore;
import org.reverb.story.Story;
import org.reverb.story.Timeline;

/**
 * {@code GET /api/stories} (every story: id, title, span, main actors, articles, event count) and
 * {@code GET /api/stories/{id}} (the story with its events in {@link Timeline} order, each with its links and
 * escalation step), as {@code reverb stories} and {@code reverb timeline STORY --format json} give them.
 */
public final class StoriesFeature implements Feature {

  private final EventStore store;
  private final EscalationAnalyzer analyzer;

  /** Over {@code store}, with the bundled escalation weights. */
  public StoriesFeature(EventStore store) {
    this(store, WeightedEscalationAnalyzer.bundled());
  }

  public StoriesFeature(EventStore store, EscalationAnalyzer analyzer) {
    this.store = store;
    this.analyzer = analyzer;
  }

  @Override
  public void register(Javalin app) {
    app.get("/api/stories", this::list);
    app.get("/api/stories/{id}", this::one);
  }

  private void list(Context ctx) {
    noParameters(ctx);
    ObjectNode page = EventJson.MAPPER.createObjectNode();
    ArrayNode stories = page.putArray("stories");
    store.stories().forEach(s -> stories.add(StoryJson.toJson(s)));
    ctx.json(page);
  }

  private void one(Context ctx) {
    noParameters(ctx);
    String id = ctx.pathParam("id");
    Story story = store.story(id).orElseThrow(() -> new NotFoundResponse("no story with id '" + id + "'"));
    List<Event> timeline = Timeline.order(store.storyEvents(story.id()));
    ctx.json(StoryJson.toJson(story, timeline, analyzer.steps(timeline)));
  }

  private static void noParameters(Context ctx) {
    ctx.queryParamMap().keySet().stream().findFirst().ifPresent(name -> {
      throw new BadRequestResponse("unknown parameter '" + name + "'; this route takes none");
    });
  }
}
