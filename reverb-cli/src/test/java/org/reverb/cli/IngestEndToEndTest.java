package org.reverb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reverb.json.EventJson;

/** The walking skeleton as a user meets it: ingest the seed articles, then ask for the events. */
class IngestEndToEndTest {

  static final Path SEEDS = Path.of("../../shared/data/seeds");

  @TempDir
  static Path dir;
  static String db;
  static Cli.Run firstIngest;

  @BeforeAll
  static void ingestTheSeeds() {
    db = dir.resolve("seeds.db").toString();
    firstIngest = Cli.run("ingest", "--db", db, SEEDS.toString());
  }

  static List<JsonNode> events(String... filters) throws Exception {
    List<String> args = new ArrayList<>(List.of("events", "--db", db, "--format", "json"));
    args.addAll(List.of(filters));
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertEquals(0, run.status(), run.toString());
    List<JsonNode> out = new ArrayList<>();
    EventJson.MAPPER.readTree(run.out()).forEach(out::add);
    return out;
  }

  @Test
  void the_seeds_ingest_cleanly_and_skip_their_gold_file() {
    assertEquals(0, firstIngest.status(), firstIngest.toString());
    assertTrue(firstIngest.err().contains("2 articles: 2 added"), firstIngest.err());
  }

  @Test
  void the_baghdad_drone_strike_comes_out_with_who_what_where_when_and_how_many() throws Exception {
    JsonNode strike = null;
    for (JsonNode e : events("--type", "ASSAULT")) {
      if (e.path("place").path("name").asText().equals("Baghdad") && e.path("actor").path("id").asText().equals("USA")) {
        strike = e;
        break;
      }
    }
    assertNotNull(strike, "no US assault placed in Baghdad among " + events());
    assertEquals("aerial", strike.get("mode").asText());
    assertEquals("Kataib Hezbollah", strike.get("target").get("id").asText());
    assertEquals("IRQ", strike.get("place").get("country").asText());
    assertEquals(3, strike.get("fatalities").asInt());
    assertFalse(LocalDate.parse(strike.get("date").get("latest").asText()).isAfter(LocalDate.of(2024, 2, 7)),
        strike.toString());
    assertEquals("asserted", strike.get("modality").asText());
    JsonNode mention = strike.get("mentions").get(0);
    assertTrue(mention.get("sentence").asText().contains("drone strike"), mention.toString());
    assertTrue(mention.get("article").asText().endsWith(".txt"), mention.toString());
  }

  @Test
  void every_event_has_the_shape_of_the_event_json_contract() throws Exception {
    List<JsonNode> all = events();
    assertFalse(all.isEmpty());
    for (JsonNode e : all) {
      for (String field : List.of("id", "type", "mode", "actor", "target", "place", "date", "fatalities",
          "modality", "confidence", "story", "mentions", "links")) {
        assertTrue(e.has(field), field + " missing in " + e);
      }
      assertFalse(e.get("mentions").isEmpty(), e.toString());
      assertTrue(e.get("date").isNull() || e.get("date").has("precision"), e.toString());
    }
  }

  @Test
  void filters_narrow_the_events() throws Exception {
    List<JsonNode> all = events();
    List<JsonNode> assaults = events("--type", "assault");
    assertTrue(assaults.stream().allMatch(e -> e.get("type").asText().equals("ASSAULT")));
    assertTrue(assaults.size() < all.size() || all.stream().allMatch(e -> e.get("type").asText().equals("ASSAULT")));
    List<JsonNode> inIraq = events("--country", "irq");
    assertFalse(inIraq.isEmpty());
    assertTrue(inIraq.stream().allMatch(e -> e.get("place").get("country").asText().equals("IRQ")));
    assertTrue(events("--from", "2030-01-01").stream().allMatch(e -> e.get("date").get("latest").isNull()));
    List<JsonNode> kataib = events("--actor", "kataib hezbollah");
    assertFalse(kataib.isEmpty());
    assertTrue(kataib.stream().allMatch(e -> (e.get("actor").path("id").asText() + e.get("target").path("id").asText())
        .contains("Kataib Hezbollah")));
  }

  @Test
  void ingesting_the_same_articles_again_stores_nothing_twice() throws Exception {
    int before = events().size();
    Cli.Run again = Cli.run("ingest", "--db", db, SEEDS.toString());
    assertEquals(0, again.status(), again.toString());
    assertTrue(again.err().contains("2 articles: 0 added, 2 unchanged"), again.err());
    assertEquals(before, events().size());
  }

  @Test
  void bad_input_is_named_one_line_each_and_the_rest_of_the_batch_is_stored(@TempDir Path in) throws Exception {
    Files.copy(SEEDS.resolve("000_ea00b9217850bd5c.txt"), in.resolve("good.txt"));
    Files.writeString(in.resolve("empty.txt"), "");
    Files.writeString(in.resolve("nodate.txt"), "Troops attacked the town.\n");
    Files.writeString(in.resolve("baddate.txt"), " date 2024-02-30 Troops attacked the town.\n");
    Files.write(in.resolve("latin1.txt"), " date 2024-02-07 Caf\u00e9 bombed.\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(in.resolve("feed.jsonl"),
        "{\"id\":\"j1\",\"published\":\"2024-03-01\",\"text\":\"Protesters marched in Nairobi on Friday against "
            + "the finance bill, and police fired tear gas at them.\"}\n"
            + "{not json\n"
            + "{\"id\":\"j3\",\"published\":\"2024-03-01\",\"text\":42}\n");
    String badDb = in.resolve("bad.db").toString();
    Cli.Run run = Cli.run("ingest", "--db", badDb, in.toString());
    assertEquals(1, run.status(), run.toString());
    List<String> problems = run.err().lines().filter(l -> l.startsWith("reverb ingest: ")).toList();
    assertEquals(6, problems.size(), run.err());
    for (String name : List.of("empty.txt", "nodate.txt", "baddate.txt", "latin1.txt", "feed.jsonl:2", "feed.jsonl:3")) {
      assertTrue(problems.stream().anyMatch(l -> l.contains(name)), name + " not reported in\n" + run.err());
    }
    assertTrue(run.err().contains("2 articles: 2 added"), run.err());
    Cli.Run rerun = Cli.run("ingest", "--db", badDb, in.toString());
    assertEquals(1, rerun.status());
    assertTrue(rerun.err().contains("2 articles: 0 added, 2 unchanged"), rerun.err());
  }
}
