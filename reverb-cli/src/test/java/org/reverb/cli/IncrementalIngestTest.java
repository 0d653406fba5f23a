package org.reverb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolution is incremental: a corpus ingested in two runs gives the same events as in one. */
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
  }
}
