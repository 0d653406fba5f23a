package org.reverb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, crash safety: a real {@code reverb ingest} in its own JVM, killed with SIGKILL twice while it stores, then
 * run again to the end, leaves exactly what one uninterrupted run leaves: the same articles, events, mentions, links,
 * actor keys and stories, nothing twice.
 */
class CrashSafetyTest {

  private static final Path SAMPLES = Path.of("src/main/resources/org/reverb/cli/samples");
  private static final Path SEEDS = Path.of("../../shared/data/seeds");

  @TempDir
  Path dir;

  @Test
  void an_ingest_killed_twice_and_run_again_stores_what_one_clean_run_stores() throws Exception {
    Path corpus = Files.createDirectory(dir.resolve("corpus"));
    try (var samples = Files.list(SAMPLES)) {
      for (Path f : samples.filter(p -> p.toString().endsWith(".txt") && !p.endsWith("index.txt")).toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    try (var seeds = Files.list(SEEDS)) {
      for (Path f : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    int articles;
    try (var files = Files.list(corpus)) {
      articles = (int) files.count();
    }
    Path clean = dir.resolve("clean.db");
    Path crashed = dir.resolve("crashed.db");

    assertEquals(0, Cli.run("ingest", "--db", clean.toString(), corpus.toString()).status());

    int first = killAfter(crashed, corpus, 3);
    int second = killAfter(crashed, corpus, first + 4);
    Process last = reverb(crashed, corpus);
    assertTrue(last.waitFor(10, TimeUnit.MINUTES), "the third run ends");
    assertEquals(0, last.exitValue(), "the third run succeeds");

    assertTrue(first >= 3 && first < articles && second > first && second < articles,
        "killed with " + first + " and " + second + " of " + articles + " articles stored");
    List<String> want = dump(clean);
    List<String> got = dump(crashed);
    assertEquals(articles, count(crashed, "SELECT count(*) FROM articles"));
    Path report = Files.createDirectories(Path.of("target/crash-safety"));
    Files.write(report.resolve("clean.txt"), want);
    Files.write(report.resolve("crashed.txt"), got);
    List<String> missing = new ArrayList<>(want);
    missing.removeAll(got);
    List<String> extra = new ArrayList<>(got);
    extra.removeAll(want);
    assertEquals(List.of(), missing, "rows of the clean run missing after the crashes (see target/crash-safety/)");
    assertEquals(List.of(), extra, "rows after the crashes that the clean run does not have");
    assertEquals(got.size(), new HashSet<>(got).size(), "a row stored twice");
  }

  /** Starts an ingest into {@code db}, kills it once {@code stored} articles are in, returns how many were. */
  private static int killAfter(Path db, Path corpus, int stored) throws Exception {
    Process p = reverb(db, corpus);
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
      while (System.nanoTime() < deadline) {
        if (!p.isAlive()) {
          throw new AssertionError("the ingest ended (status " + p.exitValue() + ") before it could be killed: "
              + Files.readString(db.resolveSibling("ingest.log")));
        }
        if (Files.exists(db) && count(db, "SELECT count(*) FROM articles") >= stored) {
          p.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no close
          p.waitFor();
          return count(db, "SELECT count(*) FROM articles");
        }
        Thread.sleep(50);
      }
      throw new AssertionError("fewer than " + stored + " articles stored in 8 minutes");
    } finally {
      p.destroyForcibly();
    }
  }

  /** {@code reverb ingest --db DB CORPUS} in a JVM of its own, on the test's class path. */
  private static Process reverb(Path db, Path corpus) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return new ProcessBuilder(java, "-Xmx3g", "-Xss4m", "-cp", classPath, "org.reverb.cli.Main", "ingest",
        "--db", db.toString(), "--threads", "2", corpus.toString())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(db.resolveSibling("ingest.log").toFile()))
        .start();
  }

  /** Every row of every table but the migrations', timestamps left out, sorted: what a run leaves. */
  private static List<String> dump(Path db) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = readOnly(db); Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
          + "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%migration%' AND name NOT LIKE '%schema%' ORDER BY name")) {
        while (r.next()) {
          tables.add(r.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
          List<String> lines = new ArrayList<>();
          while (r.next()) {
            StringBuilder line = new StringBuilder(table);
            for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
              String column = r.getMetaData().getColumnName(i);
              if (!column.endsWith("_at")) {
                line.append(" | ").append(column).append('=').append(r.getString(i));
              }
            }
            lines.add(line.toString());
          }
          lines.sort(null);
          rows.addAll(lines);
        }
      }
    }
    return rows;
  }

  private static int count(Path db, String sql) throws SQLException {
    try (Connection c = readOnly(db); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getInt(1) : 0;
    } catch (SQLException e) {
      if (String.valueOf(e.getMessage()).contains("no such table")) {
        return 0; // the schema is not made yet
      }
      throw e;
    }
  }

  private static Connection readOnly(Path db) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:file:" + db.toAbsolutePath() + "?mode=ro");
  }
}
