package org.reverb.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The embedded store: one SQLite file in WAL mode, with foreign keys on. Opening creates the file if needed and
 * migrates its schema; a store written by a newer Reverb is refused. The writer connection begins its transactions
 * {@code IMMEDIATE}, taking the file's write lock at the start, so writers in other processes wait (up to a timeout).
 */
public final class SqliteEventStore extends JdbcEventStore {

  private static final int BUSY_TIMEOUT_MILLIS = 30_000;

  private final Path file;

  /** Opens the store in {@code file}, creating it if it does not exist. */
  public SqliteEventStore(Path file) {
    this(file, open(file));
  }

  private SqliteEventStore(Path file, Connections c) {
    super(file.toString(), c.writer(), c.reader(), c.version());
    this.file = file;
  }

  private record Connections(Connection writer, Connection reader, int version) {}

  private static Connections open(Path file) {
    Objects.requireNonNull(file, "file");
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new StoreException("cannot create store " + file + ": directory " + parent
          + " does not exist; create it first or give another path");
    }
    if (Files.isDirectory(file)) {
      throw new StoreException("store " + file + " is a directory; give a file, such as "
          + file.resolve("reverb.db"));
    }
    Connection w = null;
    Connection r = null;
    try {
      w = connect(file, SQLiteConfig.TransactionMode.IMMEDIATE);
      requireReverbStore(w, file);
      int version = Migrations.migrate(w, file.toString(), Migrations.Dialect.SQLITE);
      r = connect(file, SQLiteConfig.TransactionMode.DEFERRED);
      return new Connections(w, r, version);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(r, e);
      closeQuietly(w, e);
      throw e instanceof SQLException sql ? openFailure(sql, file) : (RuntimeException) e;
    }
  }

  /** The file this store lives in. */
  public Path file() {
    return file;
  }

  @Override
  void beginWrite(Connection writer) {
    // BEGIN IMMEDIATE (the connection's transaction mode) has taken the write lock already.
  }

  @Override
  public String toString() {
    return "SqliteEventStore[" + file + "]";
  }

  private static Connection connect(Path file, SQLiteConfig.TransactionMode mode) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    // Reads of large stores (the desk's aggregates) go through memory-mapped pages instead of a read call per page.
    config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(256L << 20));
    config.setTransactionMode(mode);
    return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
  }

  /** Refuses a SQLite database that holds tables but not Reverb's, rather than adding ours beside them. */
  private static void requireReverbStore(Connection c, Path file) throws SQLException {
    boolean versioned = false;
    boolean tables = false;
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")) {
      while (rs.next()) {
        tables = true;
        versioned |= rs.getString(1).equals("schema_version");
      }
    }
    if (tables && !versioned) {
      throw new StoreException(file + " is a SQLite database but not a Reverb store (it has no schema_version "
          + "table); give the path of a Reverb store, or a new file name to create one");
    }
  }

  private static StoreException openFailure(SQLException e, Path file) {
    SQLiteErrorCode code = e instanceof SQLiteException s ? s.getResultCode() : null;
    if (code != null && (code.code & 0xff) == SQLiteErrorCode.SQLITE_NOTADB.code) {
      return new StoreException(file + " is not a SQLite database, so not a Reverb store; give the path of a Reverb "
          + "store, or a new file name to create one", e);
    }
    if (code != null && (code.code & 0xff) == SQLiteErrorCode.SQLITE_CORRUPT.code) {
      return new StoreException(file + " is a damaged SQLite database (" + e.getMessage() + "); restore it from a "
          + "backup, or give a new file name and ingest again", e);
    }
    return new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
  }
}
