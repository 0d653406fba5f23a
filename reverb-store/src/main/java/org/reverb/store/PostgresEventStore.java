package org.reverb.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The shared store: a PostgreSQL database (in the connection's current schema), for several writers and readers at
 * once. Opening migrates the schema with the same scripts as SQLite ({@link Migrations.Dialect#POSTGRESQL}), under a
 * session advisory lock so that processes opening a new database together apply each script once.
 *
 * <p>Every write transaction first takes a transaction-level advisory lock of the schema, so writers in all processes
 * are serialised as SQLite's are: the stored-event lookup of {@link #ingest} and the put that follows it see every
 * earlier writer's events and no later one's. Reads run at {@code REPEATABLE READ}, one snapshot per call, and never
 * wait for writers.
 */
public final class PostgresEventStore extends JdbcEventStore {

  /** The first key of Reverb's advisory locks ("RVRB"); the second is the schema's hash. */
  private static final int LOCK_CLASS = 0x52565242;

  private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&]*");

  private final String url;

  /**
   * Opens the store at {@code url}, {@code postgresql://host[:port]/database[?user=…&password=…&…]}, with or
   * without a {@code jdbc:} prefix ({@code postgres://} too); other parameters go to the driver (e.g.
   * {@code currentSchema}, {@code sslmode}). The database must exist; the tables are created in it.
   */
  public PostgresEventStore(String url) {
    this(jdbcUrl(url), open(jdbcUrl(url)));
  }

  private PostgresEventStore(String url, Connections c) {
    super(redacted(url), c.writer(), c.reader(), c.version());
    this.url = url;
  }

  private record Connections(Connection writer, Connection reader, int version) {}

  /** {@code postgresql://…}, {@code postgres://…} or {@code jdbc:postgresql://…} → {@code jdbc:postgresql://…}. */
  static String jdbcUrl(String location) {
    Objects.requireNonNull(location, "location");
    String l = location.strip();
    String lower = l.toLowerCase(Locale.ROOT);
    String rest = lower.startsWith("jdbc:postgresql:") ? l.substring("jdbc:postgresql:".length())
        : lower.startsWith("postgresql:") ? l.substring("postgresql:".length())
        : lower.startsWith("postgres:") ? l.substring("postgres:".length())
        : null;
    if (rest == null || !rest.startsWith("//") || rest.length() <= 2) {
      throw new IllegalArgumentException("store location '" + redacted(location) + "' is no PostgreSQL address; "
          + "give one such as postgresql://localhost:5432/reverb?user=reverb&password=...");
    }
    return "jdbc:postgresql:" + rest;
  }

  /** The location with any password replaced, for messages. */
  static String redacted(String location) {
    return PASSWORD.matcher(location).replaceAll("$1***");
  }

  private static Connections open(String url) {
    Connection w = null;
    Connection r = null;
    try {
      w = DriverManager.getConnection(url);
      w.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      int version;
      lockSession(w, true);
      try {
        version = Migrations.migrate(w, redacted(url), Migrations.Dialect.POSTGRESQL);
      } finally {
        lockSession(w, false);
      }
      r = DriverManager.getConnection(url);
      r.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      return new Connections(w, r, version);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(r, e);
      closeQuietly(w, e);
      throw e instanceof SQLException sql
          ? new StoreException("cannot open store " + redacted(url) + ": " + sql.getMessage()
              + "; check that the server runs, the database exists and the user may use it", sql)
          : (RuntimeException) e;
    }
  }

  private static void lockSession(Connection c, boolean lock) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(lock
        ? "SELECT pg_advisory_lock(?, hashtext(current_schema()))"
        : "SELECT pg_advisory_unlock(?, hashtext(current_schema()))")) {
      p.setInt(1, LOCK_CLASS);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
      }
    }
  }

  @Override
  void beginWrite(Connection writer) throws SQLException {
    try (PreparedStatement p = writer.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(current_schema()))")) {
      p.setInt(1, LOCK_CLASS);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
      }
    }
  }

  @Override
  public String toString() {
    return "PostgresEventStore[" + redacted(url) + "]";
  }
}
