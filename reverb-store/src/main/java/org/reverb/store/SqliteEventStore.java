package org.reverb.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reverb.model.Article;
import org.reverb.model.Event;
import org.reverb.story.Story;
import org.reverb.story.StoryThreader;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The embedded store: one SQLite file in WAL mode, with foreign keys on. Opening creates the file if needed and
 * migrates its schema; a store written by a newer Reverb is refused.
 *
 * <p>Two connections: writes go through one, serialised, each in a transaction that takes the write lock at its
 * start (so that writers in other processes wait, up to a timeout, instead of failing); reads go through the other,
 * serialised, each in a transaction of its own, so a read sees one consistent snapshot while writes go on.
 */
public final class SqliteEventStore implements EventStore {

  private static final int BUSY_TIMEOUT_MILLIS = 30_000;

  private final Path file;
  private final Object writeLock = new Object();
  private final Object readLock = new Object();
  private final Connection writer;
  private final Connection reader;
  private final EventTables writes;
  private final EventTables reads;
  private final StoryTables storyWrites;
  private final StoryTables storyReads;
  private final int schemaVersion;
  private volatile boolean closed;

  /** Opens the store in {@code file}, creating it if it does not exist. */
  public SqliteEventStore(Path file) {
    this.file = Objects.requireNonNull(file, "file");
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
      w = connect(SQLiteConfig.TransactionMode.IMMEDIATE);
      requireReverbStore(w);
      schemaVersion = Migrations.migrate(w, file.toString());
      r = connect(SQLiteConfig.TransactionMode.DEFERRED);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(r, e);
      closeQuietly(w, e);
      throw e instanceof SQLException sql ? openFailure(sql) : (RuntimeException) e;
    }
    writer = w;
    reader = r;
    writes = new EventTables(writer, file.toString());
    reads = new EventTables(reader, file.toString());
    storyWrites = new StoryTables(writer, writes, file.toString());
    storyReads = new StoryTables(reader, reads, file.toString());
  }

  /** The file this store lives in. */
  public Path file() {
    return file;
  }

  @Override
  public boolean contains(Article article) {
    String hash = article.contentHash();
    return read("look up article " + article.id(), () -> reads.containsContent(hash));
  }

  @Override
  public PutResult put(Article article, List<Event> events) {
    Objects.requireNonNull(article, "article");
    List<Event> copy = List.copyOf(events);
    synchronized (writeLock) {
      return inTransaction(writer, "store article " + article.id(), () -> writes.put(article, copy));
    }
  }

  @Override
  public List<Event> events(EventQuery query) {
    Objects.requireNonNull(query, "query");
    return read("query events", () -> reads.events(query));
  }

  @Override
  public Optional<Event> event(String id) {
    Objects.requireNonNull(id, "id");
    return read("read event " + id, () -> reads.event(id));
  }

  // ---- Stories and escalation (issue 4) ----

  @Override
  public PutResult put(Article article, List<Event> events, StoryThreader threader) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(threader, "threader");
    List<Event> copy = List.copyOf(events);
    synchronized (writeLock) {
      return inTransaction(writer, "store article " + article.id(), () -> {
        PutResult result = writes.put(article, copy);
        if (result != PutResult.UNCHANGED) {
          storyWrites.thread(article, copy, threader);
        }
        return result;
      });
    }
  }

  @Override
  public List<Story> stories() {
    return read("list stories", storyReads::stories);
  }

  @Override
  public Optional<Story> story(String id) {
    Objects.requireNonNull(id, "id");
    return read("read story " + id, () -> storyReads.story(id));
  }

  @Override
  public List<Event> storyEvents(String story) {
    Objects.requireNonNull(story, "story");
    return read("read the events of story " + story, () -> reads.storyEvents(story));
  }

  @Override
  public List<Event> pairEvents(String a, String b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return read("read the events between " + a + " and " + b, () -> reads.pairEvents(a, b));
  }

  // ---- end of stories and escalation ----

  @Override
  public long articleCount() {
    return read("count articles", () -> reads.count("articles"));
  }

  @Override
  public long eventCount() {
    return read("count events", () -> reads.count("events"));
  }

  // ---- Reads for the desk (REST API, dashboard, exports). ----

  @Override
  public long count(EventQuery query) {
    Objects.requireNonNull(query, "query");
    return read("count events", () -> reads.count(query));
  }

  @Override
  public List<ActorCount> actors(EventQuery query) {
    Objects.requireNonNull(query, "query");
    return read("list actors", () -> reads.actors(query));
  }

  @Override
  public List<PairCount> pairs(EventQuery query, int limit) {
    Objects.requireNonNull(query, "query");
    return read("list actor pairs", () -> reads.pairs(query, limit));
  }

  @Override
  public List<PlaceCount> places(EventQuery query, int limit) {
    Objects.requireNonNull(query, "query");
    return read("list places", () -> reads.places(query, limit));
  }

  // ---- End of the desk's reads. ----

  @Override
  public int schemaVersion() {
    return schemaVersion;
  }

  @Override
  public void close() {
    synchronized (writeLock) {
      synchronized (readLock) {
        if (closed) {
          return;
        }
        closed = true;
        StoreException failure = null;
        for (Connection c : new Connection[] {reader, writer}) {
          try {
            c.close();
          } catch (SQLException e) {
            failure = failure == null ? new StoreException("cannot close store " + file + ": " + e.getMessage(), e)
                : failure;
          }
        }
        if (failure != null) {
          throw failure;
        }
      }
    }
  }

  @Override
  public String toString() {
    return "SqliteEventStore[" + file + "]";
  }

  /** Work on a connection that may throw {@link SQLException}. */
  private interface Work<T> {
    T run() throws SQLException;
  }

  private <T> T read(String what, Work<T> work) {
    synchronized (readLock) {
      return inTransaction(reader, what, work);
    }
  }

  /** Runs {@code work} in one transaction on {@code c}: all of it is committed, or none of it. */
  private <T> T inTransaction(Connection c, String what, Work<T> work) {
    if (closed) {
      throw new IllegalStateException("store " + file + " is closed");
    }
    Throwable failure = null;
    try {
      c.setAutoCommit(false);
      T result = work.run();
      c.commit();
      return result;
    } catch (SQLException e) {
      failure = e;
      throw new StoreException(file + ": cannot " + what + ": " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      failure = e;
      throw e;
    } finally {
      try {
        if (failure != null) {
          c.rollback();
        }
        c.setAutoCommit(true);
      } catch (SQLException e) {
        if (failure != null) {
          failure.addSuppressed(e);
        } else {
          throw new StoreException(file + ": cannot " + what + ": " + e.getMessage(), e);
        }
      }
    }
  }

  private Connection connect(SQLiteConfig.TransactionMode mode) throws SQLException {
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
  private void requireReverbStore(Connection c) throws SQLException {
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

  private StoreException openFailure(SQLException e) {
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

  private static void closeQuietly(Connection c, Exception failure) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        failure.addSuppressed(e);
      }
    }
  }
}
