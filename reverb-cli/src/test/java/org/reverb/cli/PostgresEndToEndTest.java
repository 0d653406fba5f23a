package org.reverb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds ingested into PostgreSQL ({@code $REVERB_TEST_POSTGRES}, a schema of its own) and into SQLite: every
 * reading verb prints the same. Skipped without a server, except in CI ({@code CI=true}), where that fails.
 */
class PostgresEndToEndTest {

  @TempDir
  static Path dir;
  static String server;
  static String schema;
  static String postgres;
  static String sqlite;
  static Cli.Run postgresIngest;
  static Cli.Run sqliteIngest;

  @BeforeAll
  static void ingestTheSeedsIntoBoth() throws SQLException {
    server = System.getenv("REVERB_TEST_POSTGRES");
    if (server == null || server.isBlank()) {
      String why = "REVERB_TEST_POSTGRES is not set; set it to postgresql://HOST:PORT/DB?user=...&password=...";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("the PostgreSQL end-to-end test cannot run in CI: " + why);
      }
      assumeTrue(false, "PostgreSQL end-to-end test skipped: " + why);
    }
    schema = "reverb_cli_" + UUID.randomUUID().toString().replace("-", "");
    sql("CREATE SCHEMA " + schema);
    postgres = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    sqlite = dir.resolve("seeds.db").toString();
    postgresIngest = Cli.run("ingest", "--db", postgres, IngestEndToEndTest.SEEDS.toString());
    sqliteIngest = Cli.run("ingest", "--db", sqlite, IngestEndToEndTest.SEEDS.toString());
  }

  @AfterAll
  static void dropTheSchema() throws SQLException {
    if (schema != null) {
      sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  private static void sql(String statement) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:" + server); Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  @Test
  void ingesting_the_seeds_into_postgresql_stores_what_sqlite_stores_and_shows_no_password() {
    assertEquals(0, postgresIngest.status(), postgresIngest.toString());
    assertTrue(postgresIngest.err().contains("2 articles: 2 added"), postgresIngest.err());
    assertFalse(server.contains("password=") && postgresIngest.err().contains(server), postgresIngest.err());
    String counts = sqliteIngest.err().substring(sqliteIngest.err().lastIndexOf(" ("));
    assertTrue(postgresIngest.err().endsWith(counts), postgresIngest.err() + " vs " + counts);
  }

  @Test
  void events_stories_and_timelines_print_the_same_from_both_stores() {
    for (String[] verb : new String[][] {{"events", "--format", "json"}, {"events", "--format", "csv"},
        {"events", "--type", "ASSAULT", "--country", "IRQ"}, {"stories"}, {"timeline", "--pair", "USA",
        "Kataib Hezbollah"}}) {
      Cli.Run fromSqlite = Cli.run(args(verb, sqlite));
      Cli.Run fromPostgres = Cli.run(args(verb, postgres));
      assertEquals(0, fromPostgres.status(), fromPostgres.toString());
      assertFalse(fromPostgres.out().isBlank(), String.join(" ", verb));
      assertEquals(fromSqlite.out(), fromPostgres.out(), String.join(" ", verb));
    }
  }

  private static String[] args(String[] verb, String db) {
    String[] out = new String[verb.length + 2];
    out[0] = verb[0];
    out[1] = "--db";
    out[2] = db;
    System.arraycopy(verb, 1, out, 3, verb.length - 1);
    return out;
  }
}
