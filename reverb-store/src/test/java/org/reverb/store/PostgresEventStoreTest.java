package org.reverb.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.reverb.store.Fixtures.article;
import static org.reverb.store.Fixtures.bare;
import static org.reverb.store.Fixtures.full;
import static org.reverb.store.Fixtures.source;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reverb.model.Event;
import org.reverb.model.Link;
import org.reverb.model.Modality;
import org.reverb.store.EventStore.PutResult;

/**
 * The contract on a real PostgreSQL server, each test in a schema of its own, and what only the PostgreSQL store
 * does. The server is {@code $REVERB_TEST_POSTGRES} ({@code postgresql://host:port/db?user=…&password=…}; .ci/run
 * starts Debian's server and sets it). Without it the tests are skipped, except in CI ({@code CI=true}), where a
 * missing server fails them.
 */
class PostgresEventStoreTest extends EventStoreContract {

  /** The server every PostgreSQL test uses; skips or fails the test when none is given. */
  static String server() {
    String url = System.getenv("REVERB_TEST_POSTGRES");
    if (url == null || url.isBlank()) {
      String why = "REVERB_TEST_POSTGRES is not set; set it to postgresql://HOST:PORT/DB?user=...&password=... "
          + "(.ci/run starts a local server and sets it)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("PostgreSQL store tests cannot run in CI: " + why);
      }
      assumeTrue(false, "PostgreSQL store tests skipped: " + why);
    }
    return url.strip();
  }

  /** A new, empty schema on the test server, as a store location whose connections use it. */
  static String newSchema() throws SQLException {
    String url = server();
    String schema = "reverb_test_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(PostgresEventStore.jdbcUrl(url)); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** Drops the schema of a location {@link #newSchema} made. */
  static void dropSchema(String location) throws SQLException {
    String schema = location.substring(location.lastIndexOf("currentSchema=") + "currentSchema=".length());
    try (Connection c = DriverManager.getConnection(PostgresEventStore.jdbcUrl(server()));
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  @Override
  String newLocation() throws SQLException {
    return newSchema();
  }

  @Override
  void dropLocation(String location) throws SQLException {
    dropSchema(location);
  }

  @Override
  String name() {
    return PostgresEventStore.redacted(PostgresEventStore.jdbcUrl(location));
  }

  @Test
  void a_new_store_is_at_the_latest_schema_version_with_byte_ordered_text() throws SQLException {
    assertTrue(store instanceof PostgresEventStore);
    assertEquals(Migrations.latest(), store.schemaVersion());
    try (Connection c = connect(); Statement s = c.createStatement()) {
      assertEquals("1 init", string(s, "SELECT version || ' ' || description FROM schema_version ORDER BY version"));
      assertEquals("C", string(s, "SELECT collation_name FROM information_schema.columns "
          + "WHERE table_schema = current_schema() AND table_name = 'events' AND column_name = 'id'"));
    }
  }

  @Test
  void a_failure_in_the_middle_of_a_put_rolls_everything_back() throws SQLException {
    store.put(article("a1", "US aircraft struck."), List.of(full("e1", "a1")));
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("CREATE FUNCTION injected() RETURNS trigger AS 'BEGIN RAISE EXCEPTION ''injected failure''; END' "
          + "LANGUAGE plpgsql");
      s.execute("CREATE TRIGGER injected BEFORE INSERT ON event_links FOR EACH ROW "
          + "WHEN (NEW.target_event = 'boom') EXECUTE FUNCTION injected()");
    }
    Event merging = new Event("e1", full("e1", "a1").type(), "aerial", null, null, null, null, null, null,
        Modality.ASSERTED, 0.5, null, List.of(source("a2", "More on the strike.")),
        List.of(new Link(Link.Type.RESPONSE_TO, "boom", null)));

    StoreException e = assertThrows(StoreException.class,
        () -> store.put(article("a2", "More."), List.of(bare("e2", "a2"), merging)));

    assertTrue(e.getMessage().contains("injected failure"), e.getMessage());
    assertFalse(e.getMessage().contains("password=reverb"), "no password in messages: " + e.getMessage());
    assertEquals(1, store.articleCount());
    assertEquals(List.of(full("e1", "a1")), store.events(EventQuery.ALL));
    assertEquals(PutResult.ADDED, store.put(article("a3", "Fine."), List.of(bare("e3", "a3"))));
  }

  @Test
  void an_unreachable_server_is_named_without_its_password() {
    StoreException e = assertThrows(StoreException.class,
        () -> EventStores.open("postgresql://127.0.0.1:1/reverb?user=reverb&password=secret&connectTimeout=2"));

    assertTrue(e.getMessage().startsWith("cannot open store jdbc:postgresql://127.0.0.1:1/reverb?user=reverb"
        + "&password=***"), e.getMessage());
    assertFalse(e.getMessage().contains("secret"), e.getMessage());
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(PostgresEventStore.jdbcUrl(location));
  }

  private static String string(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
