package org.reverb.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reverb.store.Fixtures.FEB_7;
import static org.reverb.store.Fixtures.KH;
import static org.reverb.store.Fixtures.USA;
import static org.reverb.store.Fixtures.article;
import static org.reverb.store.Fixtures.bare;
import static org.reverb.store.Fixtures.full;
import static org.reverb.store.Fixtures.source;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reverb.model.Actor;
import org.reverb.model.ActorKind;
import org.reverb.model.Article;
import org.reverb.model.DateSpan;
import org.reverb.model.Event;
import org.reverb.model.EventType;
import org.reverb.model.Link;
import org.reverb.model.Modality;
import org.reverb.model.Place;
import org.reverb.model.Source;
import org.reverb.resolve.IncrementalEventResolver;
import org.reverb.store.EventStore.PutResult;

/** The contract on a SQLite file, and what only the SQLite store does. */
class SqliteEventStoreTest extends EventStoreContract {

  @TempDir
  Path dir;

  Path file;

  @Override
  String newLocation() {
    file = dir.resolve("reverb.db");
    return file.toString();
  }

  @Override
  void dropLocation(String location) {
    // the temporary directory goes with the test
  }

  @Override
  String name() {
    return file.toString();
  }

  @Test
  void a_new_store_is_at_the_latest_schema_version_in_wal_mode_with_foreign_keys() throws SQLException {
    assertEquals(Migrations.latest(), store.schemaVersion());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      assertEquals("wal", string(s, "PRAGMA journal_mode"));
      assertEquals("1 init", string(s, "SELECT version || ' ' || description FROM schema_version"));
    }
  }

  @Test
  void a_failure_in_the_middle_of_a_put_rolls_everything_back() throws SQLException {
    store.put(article("a1", "US aircraft struck."), List.of(full("e1", "a1")));
    store.close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      s.execute("CREATE TRIGGER injected BEFORE INSERT ON event_links WHEN NEW.target_event = 'boom' "
          + "BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
    }
    store = reopen();
    Event merging = new Event("e1", full("e1", "a1").type(), "aerial", null, null, null, null, null, null,
        Modality.ASSERTED, 0.5, null, List.of(source("a2", "More on the strike.")),
        List.of(new Link(Link.Type.RESPONSE_TO, "boom", null)));

    StoreException e = assertThrows(StoreException.class,
        () -> store.put(article("a2", "More."), List.of(bare("e2", "a2"), merging)));

    assertTrue(e.getMessage().contains("injected failure"), e.getMessage());
    assertTrue(e.getMessage().contains("a2"), e.getMessage());
    assertEquals(1, store.articleCount());
    assertFalse(store.contains(article("a2", "More.")));
    assertEquals(List.of(full("e1", "a1")), store.events(EventQuery.ALL));
    // The store is still usable after the rollback.
    assertEquals(PutResult.ADDED, store.put(article("a3", "Fine."), List.of(bare("e3", "a3"))));
  }

  private static String string(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
