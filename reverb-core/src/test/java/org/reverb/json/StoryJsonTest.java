package org.reverb.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reverb.story.StoryEvents.KH;
import static org.reverb.story.StoryEvents.USA;
import static org.reverb.story.StoryEvents.event;
import static org.reverb.story.StoryEvents.span;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reverb.analyze.WeightedEscalationAnalyzer;
import org.reverb.model.DateSpan;
import org.reverb.model.Event;
import org.reverb.model.EventType;
import org.reverb.model.Link;
import org.reverb.model.Modality;
import org.reverb.story.Story;

class StoryJsonTest {

  static final Event JORDAN = event("jordan", "a1", EventType.ASSAULT, null, KH, USA, "JOR",
      DateSpan.day(LocalDate.of(2024, 1, 28)), 3, Modality.ASSERTED, List.of());
  static final Event BAGHDAD = event("baghdad", "a1", EventType.ASSAULT, "aerial", USA, KH, "IRQ",
      span("2024-02-01", "2024-02-07"), null, Modality.ASSERTED,
      List.of(new Link(Link.Type.RETALIATION_FOR, "jordan", null)));

  @Test
  void a_story_gives_its_span_actors_articles_count_and_timeline_with_steps() {
    Story story = new Story("s1", "United States – Kataib Hezbollah", LocalDate.of(2024, 2, 7),
        LocalDate.of(2024, 2, 8), List.of("a1", "a2"), List.of("United States", "Kataib Hezbollah"), 2);
    List<Event> timeline = List.of(JORDAN, BAGHDAD);

    ObjectNode n = StoryJson.toJson(story, timeline, WeightedEscalationAnalyzer.bundled().steps(timeline));

    assertEquals("s1 2024-02-07 2024-02-08 2", n.get("id").asText() + " " + n.get("first").asText() + " "
        + n.get("last").asText() + " " + n.get("events").asInt());
    assertEquals("[\"United States\",\"Kataib Hezbollah\"]", n.get("actors").toString());
    assertEquals("[\"a1\",\"a2\"]", n.get("articles").toString());
    assertTrue(n.at("/timeline/0/step").isNull());
    assertEquals("jordan", n.at("/timeline/1/step/answers").asText());
    assertEquals("retaliation_for", n.at("/timeline/1/links/0/type").asText());
  }

  @Test
  void an_escalation_gives_its_series_both_ways_trend_and_reciprocal_steps() {
    JsonNode n = StoryJson.toJson(WeightedEscalationAnalyzer.bundled().analyze("Kataib Hezbollah", "USA",
        List.of(JORDAN, BAGHDAD)));

    assertEquals("Kataib Hezbollah USA de-escalating", n.get("a").asText() + " " + n.get("b").asText() + " "
        + n.get("trend").asText());
    assertEquals(List.of("2024-01-28", "2024-02-04"), List.of(n.at("/series/0/day").asText(),
        n.at("/series/1/day").asText()));
    assertTrue(n.at("/series/0/forward").asDouble() > 0 && n.at("/series/0/backward").asDouble() == 0);
    assertTrue(n.at("/series/1/backward").asDouble() > 0 && n.at("/series/1/forward").asDouble() == 0);
    assertEquals("baghdad jordan", n.at("/reciprocal/0/event").asText() + " " + n.at("/reciprocal/0/answers").asText());
    assertEquals(2, n.get("timeline").size());
  }
}
