package org.reverb.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/** Opens the store a location names. */
public final class EventStores {

  private EventStores() {}

  /**
   * Opens the store at {@code location}: a file path, {@code sqlite:PATH} or {@code jdbc:sqlite:PATH} for the
   * embedded SQLite store (created if the file does not exist). PostgreSQL locations ({@code postgresql://…},
   * {@code jdbc:postgresql://…}) are recognised but not supported yet.
   *
   * @throws StoreException if the store cannot be opened; the message names the file and what to do
   * @throws UnsupportedOperationException for a PostgreSQL location
   */
  public static EventStore open(String location) {
    return new SqliteEventStore(sqlitePath(location));
  }

  /**
   * Opens a store that must already exist, for verbs that only read: a missing SQLite file is an error that says
   * how to make one, not a new empty store.
   *
   * @throws StoreException if there is no store at {@code location}, or it cannot be opened
   */
  public static EventStore openExisting(String location) {
    Path path = sqlitePath(location);
    if (!Files.exists(path)) {
      throw new StoreException("no store at " + path + "; create it with: reverb ingest --db " + path + " ARTICLES...");
    }
    return new SqliteEventStore(path);
  }

  private static Path sqlitePath(String location) {
    Objects.requireNonNull(location, "location");
    String l = location.strip();
    String lower = l.toLowerCase(Locale.ROOT);
    if (lower.startsWith("postgresql://") || lower.startsWith("postgres://") || lower.startsWith("jdbc:postgresql:")) {
      throw new UnsupportedOperationException("PostgreSQL store is not built yet (issue 7)");
    }
    String path = lower.startsWith("jdbc:sqlite:") ? l.substring("jdbc:sqlite:".length())
        : lower.startsWith("sqlite:") ? l.substring("sqlite:".length())
        : l;
    if (path.isBlank()) {
      throw new IllegalArgumentException("store location '" + location + "' names no file; give one such as reverb.db");
    }
    if (path.startsWith(":memory:") || path.startsWith("file:")) {
      throw new IllegalArgumentException("store location '" + location + "': in-memory and URI stores are not "
          + "supported; give a file path such as reverb.db");
    }
    return Path.of(path);
  }
}
