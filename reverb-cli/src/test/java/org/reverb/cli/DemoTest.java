package org.reverb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {

  @Test
  void every_sample_listed_in_the_index_ships_in_the_jar(@TempDir Path dir) throws Exception {
    var files = DemoCommand.unpackSamples(dir);
    assertEquals(12, files.size());
    for (Path f : files) {
      assertTrue(Files.readString(f).startsWith(" date "), f.toString());
    }
  }

  @Test
  void the_demo_ingests_the_samples_and_prints_their_events_in_date_order(@TempDir Path dir) {
    Cli.Run run = Cli.run("demo", "--db", dir.resolve("demo.db").toString());
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.err().contains("12 articles: 12 added"), run.err());
    var rows = run.out().lines().skip(1).filter(l -> l.matches("^\\d{4}-.*|^…\\.\\..*")).toList();
    assertTrue(rows.size() >= 20, "too few events:\n" + run.out());
    var starts = rows.stream().map(l -> l.substring(0, 10)).filter(s -> s.matches("\\d{4}-\\d{2}-\\d{2}")).toList();
    assertEquals(starts.stream().sorted().toList(), starts, "not in date order:\n" + run.out());
  }
}
