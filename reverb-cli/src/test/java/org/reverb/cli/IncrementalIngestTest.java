package org.reverb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reverb.json.EventJson;

/** Resolution and threading are incremental: a corpus ingested in two runs gives the same events and stories. */
class IncrementalIngestTest {

  static final Path DEV = Path.of("../../shared/data/dev");

  @Test
  void the_dev_corpus_ingested_in_two_halves_gives_the_same_events_as_at_once(@TempDir Path dir) throws Exception {
    List<Path> articles;
    try (Stream<Path> files = Files.list(DEV)) {
      articles = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    Path first = Files.createDirectory(dir.resolve("first"));
    Path second = Files.createDirectory(dir.resolve("second"));
    for (int i = 0; i < articles.size(); i++) {
      Path half = i < articles.size() / 2 ? first : second;
      Files.copy(articles.get(i), half.resolve(articles.get(i).getFileName()));
    }
    String halves = dir.resolve("halves.db").toString();
    String once = dir.resolve("once.db").toString();
    assertEquals(0, Cli.run("ingest", "--db", halves, first.toString()).status());
    assertEquals(0, Cli.run("ingest", "--db", halves, second.toString()).status());
    Cli.Run all = Cli.run("ingest", "--db", once, first.toString(), second.toString());
    assertEquals(0, all.status(), all.toString());

    String fromHalves = Cli.run("events", "--db", halves, "--format", "json").out();
    String fromOnce = Cli.run("events", "--db", once, "--format", "json").out();
    assertTrue(fromOnce.length() > 1000, fromOnce);
    assertEquals(fromOnce, fromHalves);

    String storiesFromHalves = Cli.run("stories", "--db", halves, "--format", "json").out();
    String storiesFromOnce = Cli.run("stories", "--db", once, "--format", "json").out();
    assertEquals(storiesFromOnce, storiesFromHalves);
    // The follow-up pairs are threaded, across the two halves too; unrelated conflicts stay apart.
    JsonNode stories = EventJson.MAPPER.readTree(storiesFromOnce);
    List<String> shared = new ArrayList<>();
    stories.forEach(s -> {
      if (s.get("articles").size() > 1) {
        shared.add(s.get("articles").toString());
      }
    });
    assertEquals(List.of("[\"027_moscow_concert_hall_attack.txt\",\"028_moscow_attack_suspects_charged.txt\"]",
        "[\"034_golan_rocket_kills_children.txt\",\"035_israel_strikes_beirut_commander.txt\"]"), shared);
    assertTrue(stories.size() >= 25, storiesFromOnce);
  }
}
