package org.reverb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reverb.json.EventJson;

/** {@code reverb eval} as a developer runs it, and the regression floor it holds on the seed articles. */
class EvalCommandTest {

  static final Path SEEDS = Path.of("../../shared/data/seeds");

  @Test
  void the_seed_scores_stay_above_their_floor() throws Exception {
    Cli.Run run = Cli.run("eval", "--format", "json", "--gold", SEEDS.resolve("gold.jsonl").toString(),
        SEEDS.toString());
    assertEquals(0, run.status(), run.toString());
    JsonNode scores = EventJson.MAPPER.readTree(run.out());
    assertEquals(11, scores.get("gold_events").asInt());
    JsonNode fields = scores.get("fields");
    // Floors measured on 2026-11-23 (type 0.75, actor 0.82, target 0.80, date 0.75, fatalities 1.00);
    // raise them as extraction improves, never lower them.
    assertTrue(fields.get("type").get("f1").asDouble() >= 0.75, fields.toString());
    assertTrue(fields.get("actor").get("f1").asDouble() >= 0.80, fields.toString());
    assertTrue(fields.get("target").get("f1").asDouble() >= 0.80, fields.toString());
    assertTrue(fields.get("date").get("f1").asDouble() >= 0.75, fields.toString());
    assertEquals(1.0, fields.get("fatalities").get("f1").asDouble(), fields.toString());
  }

  @Test
  void the_dev_corpus_scores_stay_above_their_floor() throws Exception {
    Path dev = Path.of("../../shared/data/dev");
    Cli.Run run = Cli.run("eval", "--format", "json", "--threads", "2", "--gold", dev.resolve("gold.jsonl").toString(),
        dev.toString());
    assertEquals(0, run.status(), run.toString());
    JsonNode scores = EventJson.MAPPER.readTree(run.out());
    JsonNode fields = scores.get("fields");
    // Floors a little under the figures of 2026-11-23, session 2 (type 0.69, actor 0.61, target 0.43, country 0.57,
    // date 0.51, fatalities 0.47): they catch regressions; raise them as extraction improves.
    assertTrue(fields.get("type").get("f1").asDouble() >= 0.67, fields.toString());
    assertTrue(fields.get("actor").get("f1").asDouble() >= 0.58, fields.toString());
    assertTrue(fields.get("target").get("f1").asDouble() >= 0.41, fields.toString());
    assertTrue(fields.get("country").get("f1").asDouble() >= 0.55, fields.toString());
    assertTrue(fields.get("date").get("f1").asDouble() >= 0.49, fields.toString());
    assertTrue(fields.get("fatalities").get("f1").asDouble() >= 0.45, fields.toString());
    assertEquals(0, scores.get("false_alarms").asInt(), "events from articles with no conflict or political content");
  }

  @Test
  void a_malformed_gold_file_is_named_with_its_line(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    String good = Files.readAllLines(SEEDS.resolve("gold.jsonl")).get(0);
    Files.writeString(gold, good + "\n{oops\n");
    Cli.Run run = Cli.run("eval", "--gold", gold.toString(), SEEDS.toString());
    assertEquals(1, run.status(), run.toString());
    assertTrue(run.err().contains(gold + ":2"), run.err());
  }
}
