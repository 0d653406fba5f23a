package org.reverb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reverb.json.EventJson;

/** Golden test on the seeds: one story, and its timeline in the order the gold timeline reads. */
class StoryTimelineEndToEndTest {

  static final Path SEEDS = Path.of("../../shared/data/seeds");

  @TempDir
  static Path dir;
  static String db;

  @BeforeAll
  static void ingestTheSeeds() {
    db = dir.resolve("seeds.db").toString();
    Cli.Run run = Cli.run("ingest", "--db", db, SEEDS.toString());
    assertEquals(0, run.status(), run.toString());
  }

  static JsonNode json(String... args) throws Exception {
    Cli.Run run = Cli.run(args);
    assertEquals(0, run.status(), run.toString());
    return EventJson.MAPPER.readTree(run.out());
  }

  static String storyId() throws Exception {
    return json("stories", "--db", db, "--format", "json").get(0).get("id").asText();
  }

  @Test
  void both_seed_articles_are_one_story_titled_by_its_parties_country_and_months() throws Exception {
    JsonNode stories = json("stories", "--db", db, "--format", "json");

    assertEquals(1, stories.size(), stories.toString());
    JsonNode story = stories.get(0);
    assertEquals("United States – Kataib Hezbollah, Iraq, Jan–Feb 2024", story.get("title").asText());
    assertEquals("[\"000_ea00b9217850bd5c.txt\",\"001_dbf4b11c1ec67530.txt\"]", story.get("articles").toString());
    assertEquals("2024-02-07", story.get("first").asText());
    assertEquals("2024-02-08", story.get("last").asText());
    assertTrue(story.get("actors").toString().contains("Kataib Hezbollah"), story.toString());
  }

  @Test
  void the_seed_timeline_reads_2020_then_jordan_then_last_week_then_baghdad_then_demands_then_planned_talks()
      throws Exception {
    JsonNode timeline = json("timeline", storyId(), "--db", db, "--format", "json").get("timeline");
    List<JsonNode> events = new ArrayList<>();
    timeline.forEach(events::add);

    int y2020 = index(events, e -> e.at("/date/earliest").asText().equals("2020-01-01"));
    int jordan = index(events, e -> "JOR".equals(e.at("/place/country").asText()));
    int lastWeek = index(events, e -> e.at("/date/earliest").asText().equals("2024-01-29"));
    int baghdad = index(events, e -> e.get("type").asText().equals("ASSAULT") && "aerial".equals(e.get("mode").asText())
        && "USA".equals(e.at("/actor/id").asText()) && "Kataib Hezbollah".equals(e.at("/target/id").asText()));
    int demand = index(events, e -> e.get("type").asText().equals("REQUEST"));
    int talks = index(events, e -> e.get("type").asText().equals("CONSULT")
        && e.get("modality").asText().equals("planned"));

    List<Integer> order = List.of(y2020, jordan, lastWeek, baghdad, demand, talks);
    assertEquals(order.stream().sorted().toList(), order, timeline.toString());
    // Every event of the story is in it, each once.
    assertEquals(json("events", "--db", db, "--format", "json").size(), events.size());
  }

  @Test
  void the_timeline_table_shows_dates_sources_links_and_the_tit_for_tat() throws Exception {
    Cli.Run run = Cli.run("timeline", "--db", db, storyId().substring(0, 6));

    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().startsWith("United States – Kataib Hezbollah, Iraq, Jan–Feb 2024"), run.out());
    assertTrue(run.out().contains("2020-01-01..2020-12-31"), run.out());
    assertTrue(run.out().contains("response_to #"), run.out());
    assertTrue(run.out().contains("tit-for-tat #"), run.out());
    assertTrue(run.out().contains("(planned)"), run.out());
  }

  @Test
  void the_pair_view_prints_the_series_the_trend_and_the_baghdad_strike_answering_jordan() throws Exception {
    JsonNode pair = json("timeline", "--db", db, "--pair", "USA", "Kataib Hezbollah", "--format", "json");

    assertTrue(pair.get("series").size() >= 1, pair.toString());
    assertTrue(List.of("escalating", "stable", "de-escalating", "too-few-days").contains(pair.get("trend").asText()));
    String jordan = null;
    String baghdad = null;
    for (JsonNode e : pair.get("timeline")) {
      if ("JOR".equals(e.at("/place/country").asText())) {
        jordan = e.get("id").asText();
      }
      if ("aerial".equals(e.get("mode").asText()) && "USA".equals(e.at("/actor/id").asText())) {
        baghdad = e.get("id").asText();
      }
    }
    boolean found = false;
    for (JsonNode r : pair.get("reciprocal")) {
      found |= r.get("event").asText().equals(baghdad) && r.get("answers").asText().equals(jordan);
    }
    assertTrue(found, pair.toString());

    Cli.Run table = Cli.run("timeline", "--db", db, "--pair", "United States", "kataib hezbollah");
    assertEquals(0, table.status(), table.toString());
    assertTrue(table.out().contains("trend: "), table.out());
    assertTrue(table.out().contains("reciprocal steps: "), table.out());
  }

  @Test
  void an_unknown_story_is_an_error_that_says_how_to_list_them() {
    Cli.Run run = Cli.run("timeline", "--db", db, "nosuchstory");

    assertEquals(1, run.status(), run.toString());
    assertTrue(run.err().contains("no story 'nosuchstory'; list them with: reverb stories"), run.err());
  }

  @Test
  void stories_on_a_missing_store_say_how_to_make_one() {
    Cli.Run run = Cli.run("stories", "--db", dir.resolve("missing.db").toString());

    assertEquals(1, run.status(), run.toString());
    assertTrue(run.err().contains("reverb ingest --db"), run.err());
  }

  private static int index(List<JsonNode> events, Predicate<JsonNode> which) {
    for (int i = 0; i < events.size(); i++) {
      if (which.test(events.get(i))) {
        return i;
      }
    }
    throw new AssertionError("no such event in " + events);
  }
}
