package org.reverb.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/** Opens the store a location names. */
public final class EventStores {

  private EventStores() {}

  /**
   * Opens the store at {@code location}, the backend chosen by its scheme: {@code postgresql://host[:port]/db?user=…
   * &password=…} ({@code postgres://} or {@code jdbc:postgresql://} too) for the shared PostgreSQL store (its tables
   * created in the existing database if needed), else a file path, {@code sqlite:PATH} or {@code jdbc:sqlite:PATH}
   * for the embedded SQLite store (created if the file does not exist).
   *
   * @throws StoreException if the store cannot be opened; the message names the store and what to do
   */
  public static EventStore open(String location) {
    return isPostgres(location) ? new PostgresEventStore(location) : new SqliteEventStore(sqlitePath(location));
  }

  /**
   * Opens a store that must already exist, for verbs that only read: a missing SQLite file is an error that says
   * how to make one, not a new empty store. A PostgreSQL database must exist (the server says so when it does
   * not); its tables are made on first use, as by {@link #open}.
   *
   * @throws StoreException if there is no store at {@code location}, or it cannot be opened
   */
  public static EventStore openExisting(String location) {
    if (isPostgres(location)) {
      return new PostgresEventStore(location);
    }
    Path path = sqlitePath(location);
    if (!Files.exists(path)) {
      throw new StoreException("no store at " + path + "; create it with: reverb ingest --db " + path + " ARTICLES...");
    }
    return new SqliteEventStore(path);
  }

  /** The location as messages show it: a PostgreSQL address's password is replaced by {@code ***}. */
  public static String shown(String location) {
    return isPostgres(location) ? PostgresEventStore.redacted(location) : location;
  }

  /** Whether {@code location} names a PostgreSQL store. */
  public static boolean isPostgres(String location) {
    String lower = Objects.requireNonNull(location, "location").strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("postgresql:") || lower.startsWith("postgres:") || lower.startsWith("jdbc:postgresql:");
  }

  private static Path sqlitePath(String location) {
    String l = location.strip();
    String lower = l.toLowerCase(Locale.ROOT);
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
