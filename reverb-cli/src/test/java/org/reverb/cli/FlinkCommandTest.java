package org.reverb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reverb flink} on the seeds leaves the store as {@code reverb ingest} does. */
class FlinkCommandTest {

  @TempDir
  Path dir;

  @Test
  void the_flink_verb_at_parallelism_two_prints_the_same_events_and_stories_as_ingest() {
    String ingested = dir.resolve("ingest.db").toString();
    String flinked = dir.resolve("flink.db").toString();
    assertEquals(0, Cli.run("ingest", "--db", ingested, IngestEndToEndTest.SEEDS.toString()).status());

    Cli.Run run = Cli.run("flink", "--parallelism", "2", "--db", flinked, IngestEndToEndTest.SEEDS.toString());

    assertEquals(0, run.status(), run.toString());
    assertTrue(run.err().contains("at parallelism 2: 2 articles added"), run.err());
    for (String verb : new String[] {"events", "stories"}) {
      String expected = Cli.run(verb, "--db", ingested, "--format", "json").out();
      assertEquals(expected, Cli.run(verb, "--db", flinked, "--format", "json").out(), verb);
    }
  }
}
