package org.reverb.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reverb.analyze.DayIntensity;
import org.reverb.analyze.Escalation;
import org.reverb.analyze.EscalationStep;
import org.reverb.model.Event;
import org.reverb.story.Story;

/**
 * Stories, timelines and escalations as JSON, the same for {@code reverb stories|timeline --format json} and the
 * desk's {@code /api/stories} and {@code /api/escalation}; events are {@link EventJson}.
 */
public final class StoryJson {

  private StoryJson() {}

  /** A story's id, title, span of publication ({@code first}, {@code last}), main actors, articles and count. */
  public static ObjectNode toJson(Story s) {
    ObjectNode n = EventJson.MAPPER.createObjectNode();
    n.put("id", s.id());
    n.put("title", s.title());
    n.put("first", s.first().toString());
    n.put("last", s.last().toString());
    s.actors().forEach(n.putArray("actors")::add);
    s.articles().forEach(n.putArray("articles")::add);
    n.put("events", s.events());
    return n;
  }

  /** The story with its {@code timeline}: its events in timeline order, each with its escalation {@code step}. */
  public static ObjectNode toJson(Story s, List<Event> timeline, List<EscalationStep> steps) {
    ObjectNode n = toJson(s);
    n.set("timeline", timeline(timeline, steps));
    return n;
  }

  /**
   * An escalation: the parties as asked, {@code trend}, {@code slope}, the events left out ({@code unplaced}), the
   * daily {@code series} both ways, the {@code reciprocal} steps and the pair's {@code timeline}.
   */
  public static ObjectNode toJson(Escalation e) {
    ObjectNode n = EventJson.MAPPER.createObjectNode();
    n.put("a", e.a());
    n.put("b", e.b());
    n.put("trend", e.trend().key());
    n.put("slope", e.slope());
    n.put("unplaced", e.unplaced());
    ArrayNode series = n.putArray("series");
    for (DayIntensity d : e.days()) {
      ObjectNode day = series.addObject();
      day.put("day", d.day().toString());
      day.put("forward", d.forward());
      day.put("backward", d.backward());
      day.put("fatalities", d.fatalities());
      day.put("events", d.events());
    }
    ArrayNode reciprocal = n.putArray("reciprocal");
    for (EscalationStep s : e.reciprocalSteps()) {
      reciprocal.addObject().put("event", s.event().id()).put("answers", s.answers().id());
    }
    n.set("timeline", timeline(e.events(), e.steps()));
    return n;
  }

  /** Events in the given order, each with its {@code step} ({@code intensity}, {@code up}, {@code answers}) or null. */
  public static ArrayNode timeline(List<Event> timeline, List<EscalationStep> steps) {
    Map<String, EscalationStep> byEvent = new HashMap<>();
    steps.forEach(s -> byEvent.put(s.event().id(), s));
    ArrayNode array = EventJson.MAPPER.createArrayNode();
    for (Event e : timeline) {
      ObjectNode j = EventJson.toJson(e);
      EscalationStep s = byEvent.get(e.id());
      if (s == null) {
        j.putNull("step");
      } else {
        ObjectNode step = j.putObject("step");
        step.put("intensity", s.intensity());
        step.put("up", s.higher());
        step.put("answers", s.answers() == null ? null : s.answers().id());
      }
      array.add(j);
    }
    return array;
  }
}
