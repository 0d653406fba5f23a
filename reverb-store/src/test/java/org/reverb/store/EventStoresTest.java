package org.reverb.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reverb.store.Fixtures.article;
import static org.reverb.store.Fixtures.bare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoresTest {

  @TempDir
  Path dir;

  @Test
  void a_plain_path_a_sqlite_location_and_a_jdbc_url_open_the_same_file() {
    Path file = dir.resolve("reverb.db");
    try (EventStore store = EventStores.open(file.toString())) {
      store.put(article("a1", "Text."), List.of(bare("e1", "a1")));
    }
    try (EventStore store = EventStores.open("sqlite:" + file)) {
      assertEquals(1, store.eventCount());
    }
    try (EventStore store = EventStores.open("jdbc:sqlite:" + file)) {
      assertEquals(1, store.articleCount());
      assertTrue(store instanceof SqliteEventStore s && s.file().equals(file));
    }
  }

  @Test
  void postgresql_locations_are_told_apart_from_files_by_their_scheme() {
    assertTrue(EventStores.isPostgres("postgresql://localhost/reverb"));
    assertTrue(EventStores.isPostgres("postgres://localhost/reverb"));
    assertTrue(EventStores.isPostgres(" JDBC:postgresql://localhost:5432/reverb?user=r"));
    assertFalse(EventStores.isPostgres("reverb.db"));
    assertFalse(EventStores.isPostgres("postgresql.db"));
    assertEquals("jdbc:postgresql://h:5432/db?user=u&password=p",
        PostgresEventStore.jdbcUrl("postgresql://h:5432/db?user=u&password=p"));
    assertEquals("jdbc:postgresql://h/db", PostgresEventStore.jdbcUrl("jdbc:postgresql://h/db"));
    assertEquals("postgresql://h/db?user=u&password=***&ssl=true",
        PostgresEventStore.redacted("postgresql://h/db?user=u&password=p&ssl=true"));
  }

  @Test
  void a_postgresql_location_without_a_host_is_refused_with_an_example() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EventStores.open("postgresql:reverb"));

    assertTrue(e.getMessage().contains("postgresql://localhost:5432/reverb"), e.getMessage());
  }

  @Test
  void a_missing_parent_directory_is_named_in_the_error() {
    Path file = dir.resolve("no/such/dir/reverb.db");

    StoreException e = assertThrows(StoreException.class, () -> EventStores.open(file.toString()));

    assertEquals("cannot create store " + file + ": directory " + file.getParent()
        + " does not exist; create it first or give another path", e.getMessage());
  }

  @Test
  void a_file_that_is_not_a_database_gives_a_store_exception_naming_it() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "These are notes, not a database.\n".repeat(100), UTF_8);

    StoreException e = assertThrows(StoreException.class, () -> EventStores.open(file.toString()));

    assertEquals(file + " is not a SQLite database, so not a Reverb store; give the path of a Reverb store, or a new "
        + "file name to create one", e.getMessage());
    assertEquals("These are notes, not a database.\n".repeat(100), Files.readString(file, UTF_8));
  }

  @Test
  void a_sqlite_database_of_another_program_is_refused_and_left_alone() throws SQLException {
    Path file = dir.resolve("other.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE recipes (name TEXT)");
    }

    StoreException e = assertThrows(StoreException.class, () -> EventStores.open(file.toString()));

    assertTrue(e.getMessage().startsWith(file + " is a SQLite database but not a Reverb store"), e.getMessage());
  }

  @Test
  void a_directory_is_refused() {
    StoreException e = assertThrows(StoreException.class, () -> EventStores.open(dir.toString()));

    assertTrue(e.getMessage().startsWith("store " + dir + " is a directory"), e.getMessage());
  }

  @Test
  void a_store_at_a_newer_schema_version_is_refused() throws SQLException {
    Path file = dir.resolve("reverb.db");
    new SqliteEventStore(file).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      s.execute("INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'future', '2030-01-01')");
    }

    StoreException e = assertThrows(StoreException.class, () -> EventStores.open(file.toString()));

    assertEquals(file + " is at schema version 99, newer than this Reverb knows (" + Migrations.latest()
        + "); open it with the newer Reverb that wrote it", e.getMessage());
  }

  @Test
  void a_reading_verb_is_told_how_to_make_a_missing_store(@TempDir Path dir) {
    Path missing = dir.resolve("missing.db");
    StoreException e = assertThrows(StoreException.class, () -> EventStores.openExisting(missing.toString()));
    assertTrue(e.getMessage().contains("reverb ingest --db " + missing), e.getMessage());
    assertFalse(Files.exists(missing));
  }
}
