package org.reverb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reverb bench} on three tiny articles prints every line it promises (times are not checked). */
class BenchCommandTest {

  @Test
  void bench_on_three_tiny_articles_prints_each_measure_and_the_speedup(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), " date 2024-02-07 US forces struck a base in Iraq on Tuesday.\n");
    Files.writeString(dir.resolve("b.txt"), " date 2024-02-08 Protesters marched in Baghdad.\n");
    Cli.Run run = Cli.run("bench", "--articles", "3", "--warmup", "1", "--threads", "1", dir.toString());
    assertEquals(0, run.status(), run.toString());
    String out = run.out();
    assertTrue(out.startsWith("input: 3 articles (2 distinct)"), out);
    for (String pipeline : List.of("corenlp_default", "reverb")) {
      for (String what : List.of("startup_s", "articles_per_s", "tokens_per_s", "cpu_s", "peak_heap_mb",
          "peak_live_heap_mb")) {
        assertTrue(out.contains("\n" + pipeline + "_" + what + ": "), pipeline + "_" + what + " missing:\n" + out);
      }
    }
    String last = out.strip().lines().reduce((a, b) -> b).orElseThrow();
    assertTrue(last.matches("speedup_vs_corenlp_default: \\d+\\.\\d\\d"), last);
  }
}
