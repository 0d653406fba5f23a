package org.reverb.server.escalation;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.reverb.analyze.EscalationAnalyzer;
import org.reverb.analyze.WeightedEscalationAnalyzer;
import org.reverb.json.StoryJson;
import org.reverb.server.Feature;
import org.reverb.store.EventStore;

/**
 * {@code GET /api/escalation?a=ACTOR&b=ACTOR}: the escalation between two parties (ids or names, either way round),
 * as {@code reverb timeline --pair A B --format json} gives it: the daily intensity series both ways
 * ({@code forward} is a→b), the trend and the steps, over the pair's events.
 */
public final class EscalationFeature implements Feature {

  private static final List<String> PARAMETERS = List.of("a", "b");

  private final EventStore store;
  private final EscalationAnalyzer analyzer;

  /** Over {@code store}, with the bundled escalation weights. */
  public EscalationFeature(EventStore store) {
    this(store, WeightedEscalationAnalyzer.bundled());
  }

  public EscalationFeature(EventStore store, EscalationAnalyzer analyzer) {
    this.store = store;
    this.analyzer = analyzer;
  }

  @Override
  public void register(Javalin app) {
    app.get("/api/escalation", this::escalation);
  }

  private void escalation(Context ctx) {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!PARAMETERS.contains(name)) {
        throw new BadRequestResponse("unknown parameter '" + name + "'; this route takes a, b");
      }
      if (ctx.queryParams(name).size() > 1) {
        throw new BadRequestResponse("parameter '" + name + "' is given more than once");
      }
    }
    String a = party(ctx, "a");
    String b = party(ctx, "b");
    if (a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT))) {
      throw new BadRequestResponse("'a' and 'b' are the same party '" + a + "'; give two");
    }
    ctx.json(StoryJson.toJson(analyzer.analyze(a, b, store.pairEvents(a, b))));
  }

  private static String party(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      throw new BadRequestResponse("'" + name + "' is missing: give two parties, e.g. ?a=USA&b=Kataib+Hezbollah");
    }
    if (value.length() > 200) {
      throw new BadRequestResponse("'" + name + "' is longer than 200 characters");
    }
    return value.strip();
  }
}
