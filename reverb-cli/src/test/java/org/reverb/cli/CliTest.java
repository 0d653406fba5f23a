package org.reverb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CliTest {

  @Test
  void help_lists_every_verb_and_the_heap() {
    Cli.Run run = Cli.run("--help");
    assertEquals(0, run.status(), run.toString());
    for (String verb : new String[] {"ingest", "watch", "events", "stories", "timeline", "serve", "eval", "bench",
        "demo", "export"}) {
      assertTrue(run.out().contains("  " + verb), verb + " missing from\n" + run.out());
    }
    assertTrue(run.out().contains("-Xmx"), run.out());
  }

  @Test
  void bench_help_names_its_options_without_loading_any_model() {
    Cli.Run run = Cli.run("bench", "--help");
    assertEquals(0, run.status(), run.toString());
    for (String option : new String[] {"--articles", "--threads", "--warmup", "speedup_vs_corenlp_default"}) {
      assertTrue(run.out().contains(option), option + " missing from\n" + run.out());
    }
  }

  @Test
  void an_unknown_type_filter_is_a_usage_error() {
    Cli.Run run = Cli.run("events", "--db", "target/never-created.db", "--type", "PUNCH");
    assertEquals(2, run.status(), run.toString());
    assertTrue(run.err().contains("unknown --type 'PUNCH'"), run.err());
  }

  @Test
  void serve_without_a_store_says_how_to_make_one() {
    Cli.Run run = Cli.run("serve", "--db", "target/never-created.db", "--port", "0");
    assertEquals(1, run.status(), run.toString());
    assertTrue(run.err().contains("no store at target/never-created.db; create it with: reverb ingest"), run.err());
  }

  @Test
  void serve_refuses_a_port_out_of_range() {
    Cli.Run run = Cli.run("serve", "--db", "target/never-created.db", "--port", "70000");
    assertEquals(2, run.status(), run.toString());
    assertTrue(run.err().contains("--port 70000 is not a TCP port"), run.err());
  }
}
